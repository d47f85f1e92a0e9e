import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { codeStartsWith } from '../../platform/db/code-prefix';

/** The dimensions a task's totals are grouped by. */
export type RdDimension = 'township' | 'industry' | 'tier' | 'performer';

/** The SQL of each R&D breakdown (township, industry division, tier, performer) over `rd_task_unit u`. */
export const KEY = {
  township: sql<string | null>`u.township_code`,
  industry: sql<string | null>`left(u.industry_code, 2)`,
  tier: sql<string>`case when u.is_high_tech then 'high_tech' when u.is_tech_sme then 'tech_sme' else 'other' end`,
  performer: sql<string>`u.performer`,
} as const;

/** Sums of one group, as exact decimal strings from PostgreSQL numeric arithmetic (unbounded: never overflows). */
export interface AmountRow {
  key: string | null;
  units: number;
  rd_staff: number;
  internal_total: string;
  funds_government: string;
  external: string;
  deduction_claimed: string;
}

/** A row of taskSummaryRows: the sums of one group of one dimension ('total' for the whole task), with its name. */
export interface SummaryRow extends AmountRow {
  dimension: RdDimension | 'total';
  name: string | null;
}

const SUM_SQL = sql.join(
  [
    sql`count(*)::int as units`,
    sql`coalesce(sum(u.rd_staff), 0)::bigint as rd_staff`,
    sql`round(coalesce(sum(u.internal_total), 0), 2) as internal_total`,
    sql`round(coalesce(sum(u.funds_government), 0), 2) as funds_government`,
    sql`round(coalesce(sum(u.external_spend), 0), 2) as external`,
    sql`round(coalesce(sum(u.deduction_claimed), 0), 2) as deduction_claimed`,
  ],
  sql`, `,
);

/**
 * A task's totals overall and by every dimension in one statement (GROUPING SETS), with township and
 * industry-division names looked up for the groups only: one round trip instead of one per dimension and per
 * name look-up. The groups come back as one JSON array (sums as decimal strings, exact), ordered by dimension,
 * then key (nulls last), as taskTotals orders each dimension: on PGlite every result row costs more than the
 * aggregation itself, and a county's ~100 groups as rows took twice as long as one row of JSON (FINDINGS F14).
 */
export async function taskSummaryRows(db: Kysely<DB>, taskId: number, statuses: string[]): Promise<SummaryRow[]> {
  const { township, industry, tier, performer } = KEY;
  const { rows } = await sql<{ groups: SummaryRow[] }>`
    with g as (
      select
        case when grouping(${township}) = 0 then 'township' when grouping(${industry}) = 0 then 'industry'
             when grouping(${tier}) = 0 then 'tier' when grouping(${performer}) = 0 then 'performer' else 'total' end as dimension,
        case when grouping(${township}) = 0 then ${township} when grouping(${industry}) = 0 then ${industry}
             when grouping(${tier}) = 0 then ${tier} when grouping(${performer}) = 0 then ${performer} end as key,
        ${SUM_SQL}
      from rd_task_unit u
      where u.task_id = ${taskId} and u.status in (${sql.join(statuses)})
      group by grouping sets ((), (${township}), (${industry}), (${tier}), (${performer}))
    )
    select coalesce(json_agg(s order by s.dimension, s.key), '[]') as groups
    from (
      select g.dimension, g.key, g.units, g.rd_staff, g.internal_total::text as internal_total, g.funds_government::text as funds_government,
             g.external::text as external, g.deduction_claimed::text as deduction_claimed,
             case g.dimension when 'township' then (select r.name from region r where r.code = g.key)
                              when 'industry' then (select i.name from industry i where i.code = g.key) end as name
      from g
    ) s`.execute(db);
  return rows[0].groups;
}

/** The GDP entered for a region and period, if any. */
export async function gdpOf(db: Kysely<DB>, regionCode: string, period: string) {
  return db
    .selectFrom('indicator_value')
    .selectAll()
    .where('code', '=', 'gdp')
    .where('region_code', '=', regionCode)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** Approved units of a period in a region scope, and their exact total (the report fact). */
export async function approvedForPeriod(db: Kysely<DB>, prefix: string, period: string) {
  const q = db
    .selectFrom('rd_task_unit as u')
    .where('u.period', '=', period)
    .where('u.status', '=', 'approved')
    .where(codeStartsWith('u.region_code', prefix));
  const [units, total] = await Promise.all([
    q.select(['u.id', 'u.enterprise_id', 'u.task_id']).orderBy('u.id').execute(),
    q.select(sql<string>`round(coalesce(sum(u.internal_total), 0), 2)::text`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { units, total: total.total };
}

/** Approved totals per period in a region scope (the trend). */
export async function approvedByPeriod(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('rd_task_unit as u')
    .where('u.status', '=', 'approved')
    .where(codeStartsWith('u.region_code', prefix))
    .select([
      'u.period',
      sql<number>`count(*)::int`.as('units'),
      sql<string>`round(coalesce(sum(u.internal_total), 0), 2)::text`.as('total'),
    ])
    .groupBy('u.period')
    .execute();
}
