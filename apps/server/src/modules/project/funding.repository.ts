import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import {
  FUNDING_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  PROJECT_CATEGORY_LABELS,
  type FundingKind,
  type FundingSourceLevel,
  type ZFundingListQuery,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FundingRecordTable } from './project.tables';
import { codeStartsWith } from '../../platform/db/code-prefix';

export type FundingFilter = Omit<z.infer<typeof ZFundingListQuery>, 'current' | 'pageSize'>;
export type FundingRow = Selectable<FundingRecordTable> & {
  project_title: string;
  project_no: string | null;
  enterprise_name: string;
  category: string;
  category_label: string | null;
};

/** Ledger records in a region prefix with the filters of the list, the summary and the export. */
export function fundingQuery(db: Kysely<DB>, prefix: string, f: FundingFilter) {
  let q = db
    .selectFrom('funding_record as f')
    .innerJoin('project_application as a', 'a.id', 'f.application_id')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .where(codeStartsWith('f.region_code', prefix));
  if (f.applicationId) q = q.where('f.application_id', '=', f.applicationId);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.sourceLevel) q = q.where('f.source_level', '=', f.sourceLevel);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.from) q = q.where('f.occurred_on', '>=', f.from);
  if (f.to) q = q.where('f.occurred_on', '<=', f.to);
  return q;
}

/** The columns of a ledger row as the API shows it. */
export function withFundingColumns(q: ReturnType<typeof fundingQuery>) {
  return q
    .selectAll('f')
    .select([
      'a.title as project_title',
      'a.project_no',
      'e.name as enterprise_name',
      'c.category',
      sql<
        string | null
      >`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category)`.as(
        'category_label',
      ),
    ]);
}

/** Exact sum of the filtered records, in SQL, as a decimal string with 2 places (unbounded numeric: never overflows). */
export async function fundingTotal(db: Kysely<DB>, prefix: string, f: FundingFilter): Promise<string> {
  const r = await fundingQuery(db, prefix, f)
    .select(sql<string>`round(coalesce(sum(f.amount), 0), 2)::text`.as('total'))
    .executeTakeFirstOrThrow();
  return r.total;
}

/** Ledger row → API shape. */
export function presentFunding(r: FundingRow) {
  return {
    id: r.id,
    applicationId: r.application_id,
    projectTitle: r.project_title,
    projectNo: r.project_no,
    enterpriseName: r.enterprise_name,
    category: r.category,
    categoryLabel: r.category_label ?? PROJECT_CATEGORY_LABELS[r.category] ?? r.category,
    kind: r.kind as FundingKind,
    kindLabel: FUNDING_KIND_LABELS[r.kind as FundingKind] ?? r.kind,
    sourceLevel: r.source_level,
    sourceLabel: r.source_level
      ? (FUNDING_SOURCE_LABELS[r.source_level as FundingSourceLevel] ?? r.source_level)
      : null,
    amount: r.amount,
    occurredOn: r.occurred_on,
    voucherNo: r.voucher_no,
    documentNo: r.document_no,
    remark: r.remark,
    version: r.version,
  };
}
