import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import {
  exact,
  FUNDING_KIND_LABELS,
  FUNDING_KINDS,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCE_LEVELS,
  type TFundingKindTotal,
  type ZFundingListQuery,
} from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { categoryLabel } from './call.repository';
import type { FundingRecordTable } from './project.tables';

export type FundingFilter = Omit<z.infer<typeof ZFundingListQuery>, 'current' | 'pageSize'>;
export type FundingRow = Selectable<FundingRecordTable> & {
  project_title: string;
  project_no: string | null;
  enterprise_name: string;
  category: string;
  category_label: string | null;
};

/** Ledger records with their project, call and applicant. */
function ledger(db: Kysely<DB>) {
  return db
    .selectFrom('funding_record as f')
    .innerJoin('project_application as a', 'a.id', 'f.application_id')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id');
}

/**
 * Ledger records in scope with the filters of the list, the summary and the export. A scope given as a string is
 * a region prefix (the report facts ask by region).
 */
export function fundingQuery(db: Kysely<DB>, scope: RowScope | string, f: FundingFilter) {
  const rows = typeof scope === 'string' ? { kind: 'region' as const, prefix: scope } : scope;
  let q = ledger(db).where(scopeFilter(rows, { region: 'f.region_code' }));
  if (f.applicationId) q = q.where('f.application_id', '=', f.applicationId);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.ids) q = q.where('f.id', 'in', f.ids);
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.sourceLevel) q = q.where('f.source_level', '=', f.sourceLevel);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.from) q = q.where('f.occurred_on', '>=', f.from);
  if (f.to) q = q.where('f.occurred_on', '<=', f.to);
  return q;
}

/** The columns of a ledger row as the API shows it. */
function withFundingColumns<Q extends ReturnType<typeof ledger>>(q: Q) {
  return q
    .selectAll('f')
    .select([
      'a.title as project_title',
      'a.project_no',
      'e.name as enterprise_name',
      'c.category',
      categoryLabel('c.category').as('category_label'),
    ]);
}

/** Exact sum of records, in SQL, as a decimal string with 2 places (unbounded numeric: never overflows). */
const exactSum = sql<string>`round(coalesce(sum(f.amount), 0), 2)::text`;

/**
 * Exact totals of the filtered records per kind present (in FUNDING_KINDS order), each split by source level; a kind
 * is never added to another (ZFundingKindTotal says why).
 */
export async function fundingKindTotals(
  db: Kysely<DB>,
  scope: RowScope,
  f: FundingFilter,
): Promise<TFundingKindTotal[]> {
  const cells = await fundingQuery(db, scope, f)
    .select(['f.kind', 'f.source_level', exactSum.as('amount'), sql<number>`count(*)::int`.as('count')])
    .groupBy(['f.kind', 'f.source_level'])
    .execute();
  const totals: TFundingKindTotal[] = [];
  for (const kind of FUNDING_KINDS) {
    const mine = cells.filter((c) => c.kind === kind);
    if (mine.length === 0) continue;
    const bySource = FUNDING_SOURCE_LEVELS.flatMap((level) => {
      const c = mine.find((x) => x.source_level === level);
      return c
        ? [{ sourceLevel: level, label: FUNDING_SOURCE_LABELS[level], amount: c.amount, count: Number(c.count) }]
        : [];
    });
    totals.push({
      kind,
      label: FUNDING_KIND_LABELS[kind],
      amount: exact.formatYuan(exact.sum(mine.map((c) => exact.parseDecimal(c.amount)))),
      count: mine.reduce((n, c) => n + Number(c.count), 0),
      bySource,
    });
  }
  return totals;
}

/** One page of the ledger in scope, latest first. */
export async function listFunding(db: Kysely<DB>, scope: RowScope, f: FundingFilter, page: PageRequest) {
  const { data, total } = await listPage(withFundingColumns(fundingQuery(db, scope, f)), page, {
    defaultSort: ['f.occurred_on', 'desc'],
    idColumn: 'f.id',
  });
  return { rows: data as FundingRow[], total };
}

/** The ledger in scope in date order for an export, at most `cap` records. */
export async function fundingForExport(db: Kysely<DB>, scope: RowScope, f: FundingFilter, cap: number) {
  return (await withFundingColumns(fundingQuery(db, scope, f))
    .orderBy('f.occurred_on')
    .orderBy('f.id')
    .limit(cap)
    .execute()) as FundingRow[];
}

/** One ledger record. */
export async function findFunding(db: Kysely<DB>, id: number): Promise<FundingRow | undefined> {
  return (await withFundingColumns(ledger(db)).where('f.id', '=', id).executeTakeFirst()) as FundingRow | undefined;
}

/** A project's ledger records in date order, and its exact total of each kind. */
export async function fundingOfApplication(db: Kysely<DB>, applicationId: number) {
  const rows = (await withFundingColumns(ledger(db))
    .where('f.application_id', '=', applicationId)
    .orderBy('f.occurred_on')
    .orderBy('f.id')
    .execute()) as FundingRow[];
  const sums = await db
    .selectFrom('funding_record as f')
    .select(['f.kind', exactSum.as('total')])
    .where('f.application_id', '=', applicationId)
    .groupBy('f.kind')
    .execute();
  const totals = Object.fromEntries(
    Object.keys(FUNDING_KIND_LABELS).map((kind) => [kind, sums.find((s) => s.kind === kind)?.total ?? '0.00']),
  );
  return { rows, totals };
}
