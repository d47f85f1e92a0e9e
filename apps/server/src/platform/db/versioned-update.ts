import { sql, type AliasedExpression, type Kysely, type Transaction } from 'kysely';
import { chainOfSql } from '../audit/audit-chain';
import { chainHeadOf, lockChainHeadSql, type ChainHead } from '../audit/audit.writer';
import { notFound, versionConflict } from '../errors';
import type { DB } from './schema';

type VersionedTable = { [T in keyof DB]: DB[T] extends { version: unknown } ? T : never }[keyof DB];

export interface VersionedUpdate {
  table: VersionedTable;
  key: string;
  id: string | number;
  version: number;
  set: Record<string, unknown>;
  what: string;
  userId: number | null;
  /** Also lock the audit chain of the row's region (this column, after the change): writeAudit's `head`. */
  auditChain?: string;
  /** Also compute these over the row after the change (names, sub-selects), the row being called `as`. */
  select?: { as: string; columns: AliasedExpression<unknown, string>[] };
}

/**
 * Updates one row only if it still has the version the user read (optimistic locking); returns the
 * row before and after the change for the audit trail. A stale version is a 409 and changes nothing.
 *
 * One round trip (F9): a CTE locks the row and keeps its values before the change, the UPDATE joins it and
 * RETURNING hands back both rows, the before columns under a prefix. The same statement can lock the row's
 * audit chain and compute what the answer shows, so an audited edit needs no other statement before its audit
 * append. Only when nothing was updated does a second query tell 404 from 409.
 */
export async function updateVersioned<R extends Record<string, unknown>>(
  trx: Transaction<DB>,
  opts: VersionedUpdate,
): Promise<{ before: R; after: R; extra: Record<string, unknown>; auditHead: ChainHead | null }> {
  const table = sql.table(opts.table);
  const key = sql.ref(opts.key);
  const columns = await columnsOf(trx, opts.table);
  const assignments = Object.entries(opts.set)
    .filter(([, v]) => v !== undefined)
    .map(([col, v]) => sql`${sql.ref(col)} = ${v}`);
  const stamps = columns.includes('updated_by') ? [sql`updated_at = now()`, sql`updated_by = ${opts.userId}`] : [];
  const beforeColumns = columns.map((c) => sql`locked.${sql.ref(c)} as ${sql.ref(BEFORE + c)}`);
  const row = sql.table(opts.select?.as ?? 'updated');
  const head = opts.auditChain
    ? sql`, head as (${lockChainHeadSql(chainOfSql(sql`updated.${sql.ref(opts.auditChain)}`), sql`updated`)})`
    : sql``;
  const { rows } = await sql<Record<string, unknown>>`
    with locked as (select * from ${table} where ${key} = ${opts.id} for update),
    updated as (
      update ${table} set ${sql.join([...assignments, sql`version = locked.version + 1`, ...stamps])}
      from locked where ${table}.${key} = locked.${key} and locked.version = ${opts.version}
      returning ${table}.*, ${sql.join(beforeColumns)}
    )${head}
    select ${sql.join([sql`${row}.*`, ...(opts.select?.columns ?? []), ...(opts.auditChain ? [HEAD_COLUMNS] : [])])}
    from updated ${opts.select ? sql`as ${row}` : sql``} ${opts.auditChain ? sql`cross join head` : sql``}`.execute(
    trx,
  );
  if (rows.length === 0) {
    const exists = await sql`select 1 from ${table} where ${key} = ${opts.id}`.execute(trx);
    throw exists.rows.length === 0 ? notFound(opts.what) : versionConflict(opts.what);
  }
  return { ...splitBeforeAfter<R>(rows[0], columns), auditHead: opts.auditChain ? headOf(rows[0]) : null };
}

const HEAD_COLUMNS = sql`head.chain as head__chain, head.last_hash as head__last_hash, head.id as head__id`;
const headOf = (row: Record<string, unknown>) =>
  chainHeadOf({ chain: String(row.head__chain), last_hash: String(row.head__last_hash), id: String(row.head__id) });

const BEFORE = 'before__';

// The table's columns before and after; whatever else the statement selected (not the head's) is `extra`.
function splitBeforeAfter<R>(
  row: Record<string, unknown>,
  columns: string[],
): { before: R; after: R; extra: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const extra: Record<string, unknown> = { ...row };
  for (const c of columns) {
    before[c] = row[BEFORE + c];
    after[c] = row[c];
    delete extra[BEFORE + c];
    delete extra[c];
  }
  for (const k of Object.keys(extra)) if (k.startsWith('head__')) delete extra[k];
  return { before: before as R, after: after as R, extra };
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
