import { sql, type Transaction } from 'kysely';
import { notFound, versionConflict } from '../errors';
import type { DB } from './schema';

type VersionedTable = { [T in keyof DB]: DB[T] extends { version: unknown } ? T : never }[keyof DB];

/**
 * Updates one row only if it still has the version the user read (optimistic locking); returns the
 * row before and after the change for the audit trail. A stale version is a 409 and changes nothing.
 */
export async function updateVersioned<R extends Record<string, unknown>>(
  trx: Transaction<DB>,
  opts: { table: VersionedTable; key: string; id: string | number; version: number; set: Record<string, unknown>; what: string; userId: number | null },
): Promise<{ before: R; after: R }> {
  const table = sql.table(opts.table);
  const key = sql.ref(opts.key);
  const before = await sql<R>`select * from ${table} where ${key} = ${opts.id} for update`.execute(trx);
  if (before.rows.length === 0) throw notFound(opts.what);
  if (Number(before.rows[0].version) !== opts.version) throw versionConflict(opts.what);
  const assignments = Object.entries(opts.set)
    .filter(([, v]) => v !== undefined)
    .map(([col, v]) => sql`${sql.ref(col)} = ${v}`);
  const hasUpdatedBy = 'updated_by' in before.rows[0];
  const after = await sql<R>`
    update ${table} set ${sql.join([...assignments, sql`version = version + 1`, ...(hasUpdatedBy ? [sql`updated_at = now()`, sql`updated_by = ${opts.userId}`] : [])])}
    where ${key} = ${opts.id} and version = ${opts.version} returning *`.execute(trx);
  if (after.rows.length === 0) throw versionConflict(opts.what);
  return { before: before.rows[0], after: after.rows[0] };
}
