import { sql, type Kysely } from 'kysely';
import { factLink, RD_PERFORMER_LABELS, type RdPerformer, type ReportFact } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { FactsQuery } from '../../platform/module-kit/module';
import { KEY } from './rd-summary.repository';

const BREAKDOWNS = ['township', 'industry', 'performer'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

const NAME = {
  township: sql<string | null>`(select r.name from region r where r.code = u.township_code)`,
  industry: sql<string | null>`(select i.name from industry i where i.code = left(u.industry_code, 2))`,
  performer: sql<string | null>`null`,
};

const labelOf = (by: Breakdown, key: string | null, name: string | null) => {
  if (by === 'performer') return RD_PERFORMER_LABELS[key as RdPerformer] ?? key ?? '';
  return name ?? key ?? (by === 'township' ? '未填乡镇' : '未填行业');
};

/**
 * The approved R&D total of a period by township, industry division (GB/T 4754 大类) and performer, each with the
 * units behind it: the dashboard's breakdowns open exactly those forms.
 */
export async function rdBreakdownFacts(db: Kysely<DB>, q: FactsQuery): Promise<ReportFact[]> {
  const per = await Promise.all(
    BREAKDOWNS.map(async (by) => {
      const key = KEY[by] as ReturnType<typeof sql<string | null>>;
      const rows = await db
        .selectFrom('rd_task_unit as u')
        .where('u.period', '=', q.period.code)
        .where('u.status', '=', 'approved')
        .where(codeStartsWith('u.region_code', q.scopePrefix))
        .select([
          key.as('key'),
          sql<string | null>`min(${NAME[by]})`.as('name'),
          sql<number[]>`array_agg(u.id order by u.id)`.as('ids'),
          sql<string>`round(coalesce(sum(u.internal_total), 0), 2)::text`.as('total'),
        ])
        .groupBy(key)
        .orderBy(sql`sum(u.internal_total)`, 'desc')
        .execute();
      return rows.map((r): ReportFact => ({
        key: 'rd.approved-by',
        module: 'rd',
        label: `研发经费内部支出·${labelOf(by, r.key, r.name)}`,
        value: r.total,
        unit: '元',
        dimensions: { period: q.period.code, by, [by]: r.key ?? '' },
        recordType: 'rd_unit',
        recordIds: r.ids.map(Number),
        link: factLink('/rd/review', r.ids),
      }));
    }),
  );
  return per.flat();
}
