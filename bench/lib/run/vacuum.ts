import pg from 'pg';
import type { Target } from '../scales';

/**
 * Stands in for autovacuum where the PostgreSQL server has it off (this machine's CI config does): the write
 * operations update the same rows over and over — the audit chain heads twice per audited write, the (d) rows,
 * the (e) applications — and without vacuum their dead versions pile up run after run and slow whichever side
 * runs later (bench/FINDINGS.md F12). Returns null when autovacuum is on (nothing to do) or for PGlite.
 */
export async function deadRowVacuum(target: Target): Promise<(() => Promise<void>) | null> {
  if (target.kind !== 'postgres') return null;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    if ((await client.query<{ on: string }>(`select current_setting('autovacuum') as on`)).rows[0].on === 'on') {
      return null;
    }
  } finally {
    await client.end();
  }
  return async () => {
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ name: string }>(
        `select quote_ident(schemaname) || '.' || quote_ident(relname) as name from pg_stat_user_tables where n_dead_tup > 0`,
      );
      for (const { name } of rows) await c.query(`vacuum ${name}`);
    } finally {
      await c.end();
    }
  };
}
