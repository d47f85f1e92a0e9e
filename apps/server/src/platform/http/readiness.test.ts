import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /api/ready (readiness, beside /api/health for liveness)', () => {
  it('answers ready, without signing in, when every migration of this build has run', async () => {
    const res = await t.client().get('/api/ready');
    expect(res.statusCode).toBe(200);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(t.db);
    expect(res.json()).toEqual({ status: 'ready', migrations: rows[0].n });
  });

  it('answers 503 naming what is missing when a migration has not run, and ready again once it has', async () => {
    const { rows } = await sql<{ name: string; timestamp: string }>`
      select name, timestamp from kysely_migration order by name desc limit 1`.execute(t.db);
    const last = rows[0];
    await sql`delete from kysely_migration where name = ${last.name}`.execute(t.db);
    try {
      const res = await t.client().get('/api/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not-ready', reason: `数据库迁移未完成：缺少 1 项（${last.name}）` });
      // Liveness is another question: the process still answers.
      expect((await t.client().get('/api/health')).statusCode).toBe(200);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last.name}, ${last.timestamp})`.execute(t.db);
    }
    expect((await t.client().get('/api/ready')).statusCode).toBe(200);
  });
});
