import { sql, type Kysely } from 'kysely';
import {
  factLink,
  FUNDING_KIND_LABELS,
  PROJECT_CATEGORY_LABELS,
  type FundingKind,
  type ReportFact,
} from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { fundingSummary } from './funding-summary';

/**
 * What the report says about projects in a period: applications submitted per call category and year (with the
 * applicants by name), and the ledger's money by source level and entry type, each with the records behind it.
 */
export async function projectFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const applications = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'c.category',
      'c.year',
      sql<
        string | null
      >`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category)`.as('label'),
      sql<number[]>`array_agg(a.id order by a.id)`.as('ids'),
      sql<string[]>`array_agg(e.name order by a.id)`.as('names'),
    ])
    .where(codeStartsWith('a.region_code', q.scopePrefix))
    .where(sql<boolean>`(a.submitted_at at time zone 'Asia/Shanghai')::date between ${q.from}::date and ${q.to}::date`)
    .groupBy(['c.category', 'c.year'])
    .orderBy('c.category')
    .orderBy('c.year')
    .execute();
  const facts: ReportFact[] = applications.map((r) => ({
    key: 'project.applications',
    module: 'project',
    label: `申报${r.year}年度${r.label ?? PROJECT_CATEGORY_LABELS[r.category] ?? r.category}`,
    value: String(r.ids.length),
    unit: '项',
    dimensions: { category: r.category, year: String(r.year) },
    recordType: 'project_application',
    recordIds: r.ids.map(Number),
    recordNames: r.names,
    link: factLink('/project/applications', r.ids),
  }));
  const summary = await fundingSummary(db, q.scopePrefix, { from: q.from, to: q.to });
  const money = (
    kind: FundingKind,
    level: string | null,
    label: string,
    cell: { amount: string; recordIds: number[] },
  ) =>
    facts.push({
      key: 'project.funding',
      module: 'project',
      label: `${label}${FUNDING_KIND_LABELS[kind]}`,
      value: cell.amount,
      unit: '元',
      dimensions: level ? { kind, level } : { kind },
      recordType: 'project_funding',
      recordIds: cell.recordIds,
      link: factLink('/project/funding', cell.recordIds),
    });
  for (const source of summary.bySource) {
    for (const kind of ['grant', 'allocation', 'disbursement'] as const) {
      if (source[kind].count > 0) money(kind, source.sourceLevel, source.label, source[kind]);
    }
  }
  if (summary.matching.count > 0) money('matching', null, '', summary.matching);
  return facts;
}
