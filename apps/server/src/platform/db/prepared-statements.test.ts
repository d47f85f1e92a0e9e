import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { PostgresPool } from 'kysely';
import { pgUrlFor, testDbKind } from '../../../test/test-db';
import { preparingPool } from './prepared-statements';

// A real pool of one connection on the test database kind, so every statement below shares a session and
// pg_prepared_statements shows what that session has prepared.
let raw: pg.Pool;
let closeEngine: () => Promise<void> = async () => {};
beforeAll(async () => {
  if (testDbKind() === 'postgres') {
    raw = new pg.Pool({ connectionString: pgUrlFor('postgres'), max: 1 });
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create('memory://');
    raw = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
    closeEngine = () => pglite.close();
  }
});
afterAll(async () => {
  await raw?.end();
  await closeEngine();
});

async function run(pool: PostgresPool, text: string, values: unknown[]) {
  const client = await pool.connect();
  try {
    return await client.query<Record<string, unknown>>(text, values);
  } finally {
    client.release();
  }
}
const prepared = async (pool: PostgresPool) =>
  (
    await run(pool, 'select statement from pg_prepared_statements where $1::int = 1 and name like $2', [1, 'kc_%'])
  ).rows.map((r) => String(r.statement));

describe('preparingPool (hot statements go out as named prepared statements)', () => {
  it('names a statement from its third use on, and still answers every use', async () => {
    const pool = preparingPool(raw, { afterUses: 3, maxStatements: 10, maxParams: 5 });
    const text = 'select $1::int + 1 as n /* hot */';
    for (let i = 1; i <= 2; i++) expect((await run(pool, text, [i])).rows).toEqual([{ n: i + 1 }]);
    expect(await prepared(pool)).not.toContain(text);
    for (let i = 3; i <= 6; i++) expect((await run(pool, text, [i])).rows).toEqual([{ n: i + 1 }]);
    expect(await prepared(pool)).toContain(text);
  });

  it('leaves LIKE filters unnamed, so each call is planned with its pattern (a prefix can then use an index)', async () => {
    const pool = preparingPool(raw, { afterUses: 1, maxStatements: 10, maxParams: 5 });
    const text = "select $1::text like 'ab%' as hit /* like */";
    for (let i = 0; i < 6; i++) expect((await run(pool, text, ['abc'])).rows).toEqual([{ hit: true }]);
    expect(await prepared(pool)).not.toContain(text);
  });

  it('leaves bulk statements, statements without parameters and statements past the cap unnamed', async () => {
    const pool = preparingPool(raw, { afterUses: 1, maxStatements: 1, maxParams: 2 });
    const bulk = 'select $1::int + $2::int + $3::int as n /* bulk */';
    const plain = 'select 41 + 1 as n /* plain */';
    const first = 'select $1::int as n /* first */';
    const second = 'select $1::int as n /* second */';
    expect((await run(pool, bulk, [1, 2, 3])).rows).toEqual([{ n: 6 }]);
    expect((await run(pool, plain, [])).rows).toEqual([{ n: 42 }]);
    expect((await run(pool, first, [1])).rows).toEqual([{ n: 1 }]);
    expect((await run(pool, second, [2])).rows).toEqual([{ n: 2 }]);
    const names = await prepared(pool);
    expect(names).toContain(first);
    for (const text of [bulk, plain, second]) expect(names).not.toContain(text);
  });
});
