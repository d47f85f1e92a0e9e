import { sql, type Kysely } from 'kysely';
import { PROJECT_CATEGORY_LABELS } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { fundingSummary } from './funding-summary';
import { codeStartsWith } from '../../platform/db/code-prefix';

/**
 * The project module's report facts for a period: applications submitted per call category and year (with their
 * ids) and the money recorded by source level (with record ids), for the half-year report and the dashboard.
 */
export async function projectReportFacts(db: Kysely<DB>, prefix: string, from: string, to: string) {
  const rows = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .select([
      'c.category',
      'c.year',
      sql<
        string | null
      >`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category)`.as('label'),
      sql<number>`count(*)::int`.as('count'),
      sql<number[]>`array_agg(a.id order by a.id)`.as('ids'),
    ])
    .where(codeStartsWith('a.region_code', prefix))
    .where(sql<boolean>`(a.submitted_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`)
    .groupBy(['c.category', 'c.year'])
    .orderBy('c.category')
    .execute();
  return {
    from,
    to,
    applications: rows.map((r) => ({
      category: r.category,
      categoryLabel: r.label ?? PROJECT_CATEGORY_LABELS[r.category] ?? r.category,
      year: r.year,
      count: Number(r.count),
      applicationIds: r.ids.map(Number),
    })),
    funding: await fundingSummary(db, prefix, { from, to }),
  };
}
