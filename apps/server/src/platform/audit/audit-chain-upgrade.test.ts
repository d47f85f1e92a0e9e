import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../../test/test-db';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { PLATFORM_MIGRATIONS as MIGRATIONS } from '../db/migrations/index';
import { LEGACY_CHAIN } from './audit-chain';
import { auditHash } from './audit-hash';
import { verifyAuditChain } from './audit.verify';
import { writeAuditAlone } from './audit.writer';

const SPLIT = '20261125-0920-audit-chain-per-region';

let database: Database | null = null;
afterAll(async () => {
  await database?.close();
});

/** Appends a row as the writer did before the split: one global chain, head row id = 1. */
async function writeAsBeforeSplit(db: Kysely<unknown>, i: number, regionCode: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { rows: heads } = await sql<{
      last_hash: string;
    }>`select last_hash from audit_head where id = 1 for update`.execute(trx);
    const { rows: ids } = await sql<{ id: number }>`select nextval('audit_log_id_seq')::int as id`.execute(trx);
    const row = {
      id: ids[0].id,
      at: new Date(),
      actor_id: null,
      actor_name: 'old',
      ip: null,
      action: 'old.write',
      object_type: null,
      object_id: String(i),
      result: 'success',
      region_code: regionCode,
      before: null,
      after: { i },
      details: null,
    };
    const hash = auditHash(heads[0].last_hash, row);
    await sql`insert into audit_log (id, at, actor_name, action, object_id, result, region_code, after, prev_hash, hash)
      values (${row.id}, ${row.at}, ${row.actor_name}, ${row.action}, ${row.object_id}, ${row.result}, ${regionCode}, ${JSON.stringify(row.after)}, ${heads[0].last_hash}, ${hash})`.execute(
      trx,
    );
    await sql`update audit_head set last_id = ${row.id}, last_hash = ${hash} where id = 1`.execute(trx);
  });
}

describe('splitting the audit trail into one chain per region', () => {
  it('keeps the rows written before the split verifiable and starts the new chains from their last hash', async () => {
    database = await openEmptyDatabase('kc_chain_upgrade');
    const db = database.db as unknown as Kysely<unknown>;
    const names = Object.keys(MIGRATIONS);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo(names[names.indexOf(SPLIT) - 1])).error).toBeUndefined();
    for (let i = 0; i < 5; i++) await writeAsBeforeSplit(db, i, i % 2 ? '621122' : null);

    expect(await migrateToLatest(db, MIGRATIONS)).toContain(SPLIT);
    const legacy = await database.db
      .selectFrom('audit_head')
      .selectAll()
      .where('chain', '=', LEGACY_CHAIN)
      .executeTakeFirstOrThrow();
    expect(await database.db.selectFrom('audit_log').select('chain').distinct().execute()).toEqual([
      { chain: LEGACY_CHAIN },
    ]);
    let result = await verifyAuditChain(database.db);
    expect(result.problems).toEqual([]);
    expect(result.chains).toEqual([{ chain: LEGACY_CHAIN, label: '升级前的全局链', checked: 5, ok: true }]);

    await writeAuditAlone(
      database.db,
      { id: null, name: 'new', ip: null },
      { action: 'new.write', regionCode: '621122' },
    );
    await writeAuditAlone(database.db, { id: null, name: 'new', ip: null }, { action: 'new.write', regionCode: null });
    const first = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', '621122')
      .executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(legacy.last_hash);
    result = await verifyAuditChain(database.db);
    expect(result.problems).toEqual([]);
    expect(result.chains.map((c) => [c.chain, c.checked])).toEqual([
      ['621122', 1],
      [LEGACY_CHAIN, 5],
      ['system', 1],
    ]);

    // Audit rows are still append-only after the migration.
    await expect(sql`delete from audit_log where chain = ${LEGACY_CHAIN}`.execute(db)).rejects.toThrow(/只允许追加/);

    // Cutting off the old trail (its head moved back) breaks the legacy chain and every new chain's first link.
    await sql`update audit_head set last_id = 0, last_hash = ${'0'.repeat(64)} where chain = ${LEGACY_CHAIN}`.execute(
      db,
    );
    result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
    expect(new Set(result.problems.map((p) => p.chain))).toEqual(new Set([LEGACY_CHAIN, '621122', 'system']));
  });
});
