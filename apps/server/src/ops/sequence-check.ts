import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema';

/**
 * Checks every sequence that owns a column (serial ids, audit_log_id_seq) against that column's largest value and
 * moves one that is not past it, so the next insert cannot collide with a copied row. Answers how many were checked
 * and which were moved.
 */
export async function advanceSequencesPastIds(db: Kysely<DB>): Promise<{ checked: number; advanced: string[] }> {
  const { rows: owned } = await sql<{ seq: string; tbl: string; col: string }>`
    select s.relname as seq, t.relname as tbl, a.attname as col
    from pg_depend d
    join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid
    join pg_namespace n on n.oid = s.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    order by 1`.execute(db);
  const advanced: string[] = [];
  for (const { seq, tbl, col } of owned) {
    const { rows } = await sql<{ max_id: string | null; last_value: string; is_called: boolean }>`
      select (select max(${sql.ref(col)})::text from ${sql.table(tbl)}) as max_id, last_value::text, is_called
      from ${sql.table(seq)}`.execute(db);
    const { max_id, last_value, is_called } = rows[0];
    if (max_id === null) continue;
    // The next value is last_value + 1 once called, else last_value itself.
    const next = BigInt(last_value) + (is_called ? 1n : 0n);
    if (next > BigInt(max_id)) continue;
    await sql`select setval(${seq}::regclass, ${max_id}::bigint, true)`.execute(db);
    advanced.push(`${seq}（${tbl}.${col}）`);
  }
  return { checked: owned.length, advanced };
}
