import { CompiledQuery, type QueryResult } from 'kysely';

/** A raw SQL executor (one connection or transaction), the generator's only way to the database. */
export type Exec = <R = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<R[]>;

/** Anything that runs a compiled query: a Kysely instance or a transaction. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

export function execOf(db: QueryRunner): Exec {
  return async <R>(text: string, params: readonly unknown[] = []) =>
    (await db.executeQuery(CompiledQuery.raw(text, [...params]) as CompiledQuery<R>)).rows;
}

/** A column of a bulk insert: its name and PostgreSQL type (`text[]` columns travel as array literals). */
export type Column = readonly [name: string, type: string];

const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

/**
 * Inserts rows in batches with one `insert … select from unnest($1::t[], $2::t[], …)` per batch: one bind
 * parameter per column, whatever the batch size, on PostgreSQL and PGlite alike.
 */
export async function bulkInsert(
  exec: Exec,
  table: string,
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
  batch = 5_000,
): Promise<void> {
  const params = columns.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`);
  const select = columns.map(([name, type]) => (type === 'text[]' ? `${name}::text[]` : name));
  const text = `insert into ${table} (${columns.map(([n]) => n).join(', ')}) select ${select.join(', ')} from unnest(${params.join(', ')}) as u(${columns.map(([n]) => n).join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const values = columns.map(([name, type]) =>
      chunk.map((r) => {
        const v = r[name];
        if (v === undefined || v === null) return null;
        if (type === 'text[]') return arrayLiteral(v as string[]);
        if (type === 'jsonb') return typeof v === 'string' ? v : JSON.stringify(v);
        if (v instanceof Date) return v.toISOString();
        return v;
      }),
    );
    await exec(text, values);
  }
}

/** Moves a serial's sequence past the explicit ids the generator wrote. */
export async function syncSequence(exec: Exec, table: string, column = 'id'): Promise<void> {
  await exec(
    `select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((select max(${column}) from ${table}), 0) + 1, false)`,
  );
}
