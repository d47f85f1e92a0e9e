import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/** The dimensions a task's totals are grouped by. */
export type RdDimension = 'township' | 'industry' | 'tier' | 'performer';

const KEY = {
  township: sql<string | null>`u.township_code`,
  industry: sql<string | null>`left(u.industry_code, 2)`,
  tier: sql<string>`case when u.is_high_tech then 'high_tech' when u.is_tech_sme then 'tech_sme' else 'other' end`,
  performer: sql<string>`u.performer`,
} as const;

/** Sums of one group, as exact decimal strings from PostgreSQL numeric arithmetic. */
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
    sql`coalesce(sum(u.rd_staff), 0)::int as rd_staff`,
    sql`coalesce(sum(u.internal_total), 0)::numeric(20,2) as internal_total`,
    sql`coalesce(sum(u.funds_government), 0)::numeric(20,2) as funds_government`,
    sql`coalesce(sum(u.external_spend), 0)::numeric(20,2) as external`,
    sql`coalesce(sum(u.deduction_claimed), 0)::numeric(20,2) as deduction_claimed`,
  ],
  sql`, `,
);

/**
 * A task's totals overall and by every dimension in one statement (GROUPING SETS), with township and
 * industry-division names joined: one round trip instead of one per dimension and per name look-up.
 * Rows come ordered by dimension, then key (nulls last), as taskTotals orders each dimension.
 */
export async function taskSummaryRows(db: Kysely<DB>, taskId: number, statuses: string[]): Promise<SummaryRow[]> {
  const { township, industry, tier, performer } = KEY;
  const { rows } = await sql<SummaryRow>`
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
    select g.*, coalesce(r.name, i.name) as name
    from g
    left join region r on g.dimension = 'township' and r.code = g.key
    left join industry i on g.dimension = 'industry' and i.code = g.key
    order by g.dimension, g.key`.execute(db);
  return rows;
}

/** The GDP entered for a region and period, if any. */
export async function gdpOf(db: Kysely<DB>, regionCode: string, period: string) {
  return db.selectFrom('indicator_value').selectAll().where('code', '=', 'gdp').where('region_code', '=', regionCode).where('period', '=', period).executeTakeFirst();
}

/** Approved units of a period in a region scope, and their exact total (the report fact). */
export async function approvedForPeriod(db: Kysely<DB>, prefix: string, period: string) {
  const q = db.selectFrom('rd_task_unit as u').where('u.period', '=', period).where('u.status', '=', 'approved').where('u.region_code', 'like', `${prefix}%`);
  const [units, total] = await Promise.all([
    q.select(['u.id', 'u.enterprise_id', 'u.task_id']).orderBy('u.id').execute(),
    q.select(sql<string>`coalesce(sum(u.internal_total), 0)::numeric(20,2)`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { units, total: total.total };
}

/** Approved totals per period in a region scope (the trend). */
export async function approvedByPeriod(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('rd_task_unit as u')
    .where('u.status', '=', 'approved')
    .where('u.region_code', 'like', `${prefix}%`)
    .select(['u.period', sql<number>`count(*)::int`.as('units'), sql<string>`coalesce(sum(u.internal_total), 0)::numeric(20,2)`.as('total')])
    .groupBy('u.period')
    .execute();
}
