import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema';

/** Kysely's own bookkeeping: written by the migrator on the target, never copied. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export interface TableInfo {
  name: string;
  columns: string[];
  /** The single-column primary key, when there is one: rows are copied in its order (parents first). */
  orderBy: string | null;
}

/**
 * The application's tables in the public schema, ordered so that every table comes after the tables its foreign
 * keys point to (a self-reference is satisfied by copying in key order).
 */
export async function appTables(db: Kysely<DB>): Promise<TableInfo[]> {
  const tables = await sql<{ name: string; columns: string[]; pk: string[] | null }>`
    select c.relname as name,
      array(select a.attname::text from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped order by a.attnum) as columns,
      (select array(select a.attname::text from unnest(k.conkey) as u(n)
                    join pg_attribute a on a.attrelid = c.oid and a.attnum = u.n)
         from pg_constraint k where k.conrelid = c.oid and k.contype = 'p') as pk
    from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = 'public' and c.relkind = 'r'
    order by c.relname`.execute(db);
  const links = await sql<{ child: string; parent: string }>`
    select distinct k.conrelid::regclass::text as child, k.confrelid::regclass::text as parent
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace s on s.oid = c.relnamespace
    where k.contype = 'f' and s.nspname = 'public' and k.conrelid <> k.confrelid`.execute(db);
  const parents = new Map<string, Set<string>>();
  for (const l of links.rows) parents.set(l.child, (parents.get(l.child) ?? new Set()).add(l.parent));

  const byName = new Map(tables.rows.filter((t) => !MIGRATION_TABLES.includes(t.name)).map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < byName.size) {
    const ready = [...byName.values()].filter(
      (t) => !placed.has(t.name) && [...(parents.get(t.name) ?? [])].every((p) => placed.has(p) || !byName.has(p)),
    );
    if (ready.length === 0) throw new Error('数据表之间的外键形成环，无法确定复制顺序');
    for (const t of ready) {
      placed.add(t.name);
      ordered.push({ name: t.name, columns: t.columns, orderBy: t.pk?.length === 1 ? t.pk[0] : null });
    }
  }
  return ordered;
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

/** Every sequence of the public schema with its position (ids continue where the source left off). */
export async function sequenceStates(db: Kysely<DB>): Promise<SequenceState[]> {
  const names = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = 'public' and c.relkind = 'S' order by 1`.execute(db);
  const states: SequenceState[] = [];
  for (const { name } of names.rows) {
    const r = await sql<{ last_value: string; is_called: boolean }>`
      select last_value::text, is_called from ${sql.table(name)}`.execute(db);
    states.push({ name, lastValue: r.rows[0].last_value, isCalled: r.rows[0].is_called });
  }
  return states;
}

/** Row counts of the application's tables (those that have rows). */
export async function rowCounts(db: Kysely<DB>, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db);
    counts[t] = r.rows[0].n;
  }
  return counts;
}
