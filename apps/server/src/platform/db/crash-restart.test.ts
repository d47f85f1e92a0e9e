import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { httpLogin, startServerProcess } from '../../../test/server-process';
import { createEmptyPgDatabase, testDbKind } from '../../../test/test-db';
import { openDatabase } from './database';
import { verifyAuditChain } from '../audit/audit.verify';

const PASSWORD = 'Kechuang@2022';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe('SIGKILL in the middle of writes', () => {
  it('loses no committed write, and the server starts again on the same data', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kc-crash-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let databaseUrl: string | null = null;
    if (testDbKind() === 'postgres') {
      const empty = await createEmptyPgDatabase('kc_crash');
      databaseUrl = empty.url;
      cleanups.push(empty.drop);
    }

    const first = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(first.kill);
    const admin = await httpLogin(first.base, 'admin', PASSWORD);
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers keep transactions in flight, so the kill lands in the middle of one.
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const code = `crash_${w}_${i}`;
        try {
          const res = await admin.post('/api/v1/dicts', { code, name: `崩溃测试${w}-${i}` });
          if (res.status === 200) acknowledged.push(code);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    await first.kill();
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(second.stop);
    const again = await httpLogin(second.base, 'admin', PASSWORD);
    const codes = ((await (await again.get('/api/v1/dicts')).json()) as { code: string }[]).map((d) => d.code);
    const missing = acknowledged.filter((c) => !codes.includes(c));
    expect(missing).toEqual([]);
    expect((await again.post('/api/v1/dicts', { code: 'after_restart', name: '重启后' })).status).toBe(200);
    await second.stop();

    // Every acknowledged change still has its audit row, and the chain is whole.
    const database = await openDatabase({ url: databaseUrl, dataDir });
    try {
      const audited = await database.db
        .selectFrom('audit_log')
        .select('object_id')
        .where('action', '=', 'dict.create')
        .execute();
      const ids = new Set(audited.map((r) => r.object_id));
      expect(acknowledged.filter((c) => !ids.has(c))).toEqual([]);
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    } finally {
      await database.close();
    }
  });
});
