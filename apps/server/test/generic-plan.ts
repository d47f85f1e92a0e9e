import { sql, type CompiledQuery, type Kysely } from 'kysely';

/**
 * The generic plan PostgreSQL keeps for each compiled query as a prepared statement (what a named statement runs
 * after its first calls; bench/FINDINGS.md F11), as EXPLAIN text, with sequential scans off so that a usable index
 * shows even on a small test table. The parameters are the query's own, written as literals.
 */
export async function genericPlans<DB, K extends string>(
  db: Kysely<DB>,
  queries: Record<K, CompiledQuery>,
): Promise<Record<K, string>> {
  return db.connection().execute(async (conn) => {
    await sql`set plan_cache_mode = force_generic_plan`.execute(conn);
    await sql`set enable_seqscan = off`.execute(conn);
    try {
      const plans = {} as Record<K, string>;
      for (const [name, query] of Object.entries(queries) as [K, CompiledQuery][]) {
        await sql.raw(`prepare generic_plan_probe as ${query.sql}`).execute(conn);
        const args = query.parameters.map(literal).join(', ');
        const explained = await sql
          .raw<{ 'QUERY PLAN': string }>(`explain execute generic_plan_probe${args ? `(${args})` : ''}`)
          .execute(conn);
        plans[name] = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
        await sql`deallocate generic_plan_probe`.execute(conn);
      }
      return plans;
    } finally {
      await sql`reset plan_cache_mode`.execute(conn);
      await sql`reset enable_seqscan`.execute(conn);
    }
  });
}

const literal = (value: unknown) =>
  typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
