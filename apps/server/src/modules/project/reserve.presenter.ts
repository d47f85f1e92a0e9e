import type { z } from 'zod';
import {
  maskPhonesInText,
  PROJECT_CATEGORY_LABELS,
  RESERVE_STATUS_LABELS,
  type ReserveStatus,
  type ZReserve,
} from '@kechuang/domain';
import type { ReserveRow } from './reserve.repository';

/** Reserve row → API shape; the typed-in contact's phone numbers masked (it is shown in lists). */
export function presentReserve(r: ReserveRow): z.infer<typeof ZReserve> {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    title: r.title,
    category: r.category,
    categoryLabel: r.category_label ?? PROJECT_CATEGORY_LABELS[r.category] ?? r.category,
    plannedYear: r.planned_year,
    summary: r.summary,
    estimatedAmount: r.estimated_amount,
    contact: maskPhonesInText(r.contact),
    status: r.status as ReserveStatus,
    statusLabel: RESERVE_STATUS_LABELS[r.status as ReserveStatus] ?? r.status,
    applicationId: r.application_id,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}
