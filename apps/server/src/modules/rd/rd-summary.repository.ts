import { sql, type Kysely, type RawBuilder } from 'kysely';
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

const sums = [
  sql<number>`count(*)::int`.as('units'),
  sql<number>`coalesce(sum(u.rd_staff), 0)::int`.as('rd_staff'),
  sql<string>`coalesce(sum(u.internal_total), 0)::numeric(20,2)`.as('internal_total'),
  sql<string>`coalesce(sum(u.funds_government), 0)::numeric(20,2)`.as('funds_government'),
  sql<string>`coalesce(sum(u.external_spend), 0)::numeric(20,2)`.as('external'),
  sql<string>`coalesce(sum(u.deduction_claimed), 0)::numeric(20,2)`.as('deduction_claimed'),
];

/** Totals of a task's units in the given statuses, overall (dimension omitted) or by a dimension. */
export async function taskTotals(db: Kysely<DB>, taskId: number, statuses: string[], dimension?: RdDimension): Promise<AmountRow[]> {
  const base = db.selectFrom('rd_task_unit as u').where('u.task_id', '=', taskId).where('u.status', 'in', statuses);
  if (!dimension) return (await base.select([sql<null>`null`.as('key'), ...sums]).execute()) as AmountRow[];
  const key = KEY[dimension] as RawBuilder<string | null>;
  return (await base.select([key.as('key'), ...sums]).groupBy(key).orderBy(key).execute()) as AmountRow[];
}

/** Names of township and industry-division codes. */
export async function namesOf(db: Kysely<DB>, dimension: 'township' | 'industry', codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = dimension === 'township' ? await db.selectFrom('region').select(['code', 'name']).where('code', 'in', codes).execute() : await db.selectFrom('industry').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
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
