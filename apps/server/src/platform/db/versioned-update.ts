import { sql, type Kysely, type Transaction } from 'kysely';
import { notFound, versionConflict } from '../errors';
import type { DB } from './schema';

type VersionedTable = { [T in keyof DB]: DB[T] extends { version: unknown } ? T : never }[keyof DB];

/**
 * Updates one row only if it still has the version the user read (optimistic locking); returns the
 * row before and after the change for the audit trail. A stale version is a 409 and changes nothing.
 *
 * One round trip (F9): a CTE locks the row and keeps its values before the change, the UPDATE joins it and
 * RETURNING hands back both rows, the before columns under a prefix. Only when nothing was updated does a second
 * query tell 404 from 409.
 */
export async function updateVersioned<R extends Record<string, unknown>>(
  trx: Transaction<DB>,
  opts: { table: VersionedTable; key: string; id: string | number; version: number; set: Record<string, unknown>; what: string; userId: number | null },
): Promise<{ before: R; after: R }> {
  const table = sql.table(opts.table);
  const key = sql.ref(opts.key);
  const columns = await columnsOf(trx, opts.table);
  const assignments = Object.entries(opts.set)
    .filter(([, v]) => v !== undefined)
    .map(([col, v]) => sql`${sql.ref(col)} = ${v}`);
  const stamps = columns.includes('updated_by') ? [sql`updated_at = now()`, sql`updated_by = ${opts.userId}`] : [];
  const beforeColumns = columns.map((c) => sql`locked.${sql.ref(c)} as ${sql.ref(BEFORE + c)}`);
  const { rows } = await sql<Record<string, unknown>>`
    with locked as (select * from ${table} where ${key} = ${opts.id} for update)
    update ${table} set ${sql.join([...assignments, sql`version = locked.version + 1`, ...stamps])}
    from locked where ${table}.${key} = locked.${key} and locked.version = ${opts.version}
    returning ${table}.*, ${sql.join(beforeColumns)}`.execute(trx);
  if (rows.length === 0) {
    const exists = await sql`select 1 from ${table} where ${key} = ${opts.id}`.execute(trx);
    throw exists.rows.length === 0 ? notFound(opts.what) : versionConflict(opts.what);
  }
  return splitBeforeAfter<R>(rows[0], columns);
}

const BEFORE = 'before__';

function splitBeforeAfter<R>(row: Record<string, unknown>, columns: string[]): { before: R; after: R } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const c of columns) {
    before[c] = row[BEFORE + c];
    after[c] = row[c];
  }
  return { before: before as R, after: after as R };
}

// A table's columns in their declared order (as `select *` lists them), read once per process: the schema only
// changes through migrations, which run before the server takes requests.
const columnCache = new Map<string, Promise<string[]>>();
function columnsOf(db: Kysely<DB>, table: string): Promise<string[]> {
  let columns = columnCache.get(table);
  if (!columns) {
    columns = sql<{ attname: string }>`
      select attname from pg_attribute where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`
      .execute(db)
      .then((r) => r.rows.map((x) => x.attname));
    columns.catch(() => columnCache.delete(table));
    columnCache.set(table, columns);
  }
  return columns;
}
