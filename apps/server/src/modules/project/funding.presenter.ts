import {
  FUNDING_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  PROJECT_CATEGORY_LABELS,
  type FundingKind,
  type FundingSourceLevel,
} from '@kechuang/domain';
import type { FundingRow } from './funding.repository';

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
