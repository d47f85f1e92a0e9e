import { sql, type Kysely } from 'kysely';
import { composeCreditCode } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { TestClient } from '../../../test/harness';
import { canMakeReplica, startLocalReplicaPair, type LocalReplicaPair } from '../../../test/local-replica';
import { testDbKind } from '../../../test/test-db';
import type { App } from '../http/types';
import { SEEN_COOKIE } from '../http/read-routing';
import { openDatabase, type Database } from './database';
import { lsnValue, replicaRouter, type ReadRouter } from './read-replica';
import type { DB } from './schema';

const replayed = async (replica: Kysely<DB>) =>
  (await sql<{ lsn: string }>`select pg_last_wal_replay_lsn()::text as lsn`.execute(replica)).rows[0].lsn;
const currentLsn = async (primary: Kysely<DB>) =>
  (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary)).rows[0].lsn;

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp(primary: Kysely<DB>, replica: Kysely<DB>): Promise<void> {
  const target = lsnValue(await currentLsn(primary));
  for (let i = 0; i < 400; i++) {
    if (lsnValue(await replayed(replica)) >= target) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the replica did not catch up within 10 s');
}

const enterpriseCount = async (db: Kysely<DB>) =>
  Number(
    (
      await db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** How many rows the enterprise register's export held, as its audit row says. */
async function exportedRows(app: App, client: TestClient, extraCookie = ''): Promise<number> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/enterprises/export',
    headers: { cookie: `${client.cookie}${extraCookie}` },
  });
  expect(res.statusCode).toBe(200);
  const audit = await app.db
    .selectFrom('audit_log')
    .select('details')
    .where('action', '=', 'enterprise.export')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return (audit.details as { rows: number }).rows;
}

// A real streaming replica (initdb, pg_basebackup) on loopback; PostgreSQL only, once (not for PGlite's run).
describe.skipIf(testDbKind() !== 'postgres' || !canMakeReplica())('reads on a streaming replica', () => {
  let pair: LocalReplicaPair;
  let primary: Database;
  let replica: Database;
  let router: ReadRouter;
  let app: App;

  beforeAll(async () => {
    pair = await startLocalReplicaPair();
    primary = await openDatabase({ url: pair.primaryUrl });
    replica = await openDatabase({ url: pair.replicaUrl });
    router = replicaRouter(primary.db, replica.db, { maxLagMs: 60_000, checkEveryMs: 0 });
    app = await buildApp({ db: primary.db, reads: router, webDist: null, logLevel: 'error' });
    await app.ready();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await replica?.close().catch(() => undefined);
    await primary?.close();
    pair?.stop();
  });

  it('sends exports to the replica, and the writer’s own to the primary until the replica has replayed the write', async () => {
    const writer = new TestClient(app);
    expect((await writer.login('staff')).statusCode).toBe(200);
    const reader = new TestClient(app);
    expect((await reader.login('staff')).statusCode).toBe(200);
    await caughtUp(primary.db, replica.db);
    const before = await exportedRows(app, reader);
    const total = await enterpriseCount(primary.db);
    await caughtUp(primary.db, replica.db); // the export's audit row, so the replica replayed a transaction just now
    // Hold the replica where it is: what the primary writes now is received but not replayed.
    await sql`select pg_wal_replay_pause()`.execute(replica.db);
    let seen: string | undefined;
    try {
      const created = await writer.post('/api/v1/enterprises', {
        name: '陇西县副本测试科技有限公司',
        creditCode: composeCreditCode('621122', 'MA74RPLC'),
        regionCode: '621122',
        townshipCode: '621122100000',
        industryCode: 'C2730',
        tags: [],
      });
      expect(created.statusCode, created.body).toBe(200);
      seen = /kc_seen=([^;]+)/.exec(String(created.headers['set-cookie']))?.[1];
      expect(seen).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(await enterpriseCount(primary.db)).toBe(total + 1);
      expect(await enterpriseCount(replica.db)).toBe(total);

      // Another user's export reads the replica (fresh enough: it replayed a transaction moments ago).
      expect(await exportedRows(app, reader)).toBe(before);
      // The writer's reads the primary, so it sees its own write.
      expect(await exportedRows(app, writer, `; ${SEEN_COOKIE}=${seen}`)).toBe(before + 1);
      expect(await router.reader(seen)).toBe(primary.db);
    } finally {
      await sql`select pg_wal_replay_resume()`.execute(replica.db);
    }
    await caughtUp(primary.db, replica.db);
    expect(await router.reader(seen)).toBe(replica.db);
    expect(await exportedRows(app, writer, `; ${SEEN_COOKIE}=${seen}`)).toBe(before + 1);
  });

  it('sends everyone to the primary when the replica falls further behind than allowed', async () => {
    const strict = replicaRouter(primary.db, replica.db, { maxLagMs: 1, checkEveryMs: 0 });
    await caughtUp(primary.db, replica.db);
    expect(await strict.reader()).toBe(replica.db); // caught up: fresh whatever the time of its last transaction
    await sql`select pg_wal_replay_pause()`.execute(replica.db);
    try {
      await primary.db.updateTable('enterprise').set({ updated_at: new Date() }).where('id', '=', 1).execute();
      await waitUntil(async () => (await strict.reader()) === primary.db);
      expect(await router.reader()).toBe(replica.db); // 60 s allowed: still on the replica
    } finally {
      await sql`select pg_wal_replay_resume()`.execute(replica.db);
    }
  });

  it('sends everyone to the primary when the replica is down, and says so', async () => {
    const problems: string[] = [];
    const watched = replicaRouter(primary.db, replica.db, { checkEveryMs: 0, onProblem: (m) => problems.push(m) });
    pair.stopReplica();
    expect(await watched.reader()).toBe(primary.db);
    expect(problems[0]).toMatch(/^只读副本不可用，读取改走主库/);
    const staff = new TestClient(app);
    expect((await staff.login('staff')).statusCode).toBe(200);
    // The enterprise the first test wrote is on the primary only (the replica stopped before replaying it, or not):
    // the export finds it all the same.
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/export?keyword=${encodeURIComponent('陇西县副本测试')}`,
      headers: { cookie: staff.cookie! },
    });
    expect(res.statusCode).toBe(200);
    const audit = await primary.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'enterprise.export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((audit.details as { rows: number }).rows).toBe(1);
  });
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met within 5 s');
}
