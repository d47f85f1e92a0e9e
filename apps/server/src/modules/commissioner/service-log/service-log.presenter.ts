import { SERVICE_LOG_STATE_LABELS, type ServiceLogState, type TServiceLog } from '@kechuang/domain';
import type { ServiceLogRow } from './service-log.repository';

/** Row → API shape; no row leaves unmapped. */
export function presentServiceLog(r: ServiceLogRow): TServiceLog {
  const status = r.status as ServiceLogState;
  return {
    id: r.id,
    regionCode: r.region_code,
    commissionerId: r.commissioner_id,
    commissionerName: r.commissioner_name,
    servedOn: r.served_on,
    place: r.place,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    objectName: r.object_name,
    content: r.content,
    problemsSolved: r.problems_solved,
    trainedCount: r.trained_count,
    days: Number(r.days),
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    status,
    statusLabel: SERVICE_LOG_STATE_LABELS[status],
    returnReason: r.return_reason,
    reviewedOn: r.reviewed_on,
    photos: Number(r.photos),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** A history row → what the detail shows. */
export function presentServiceLogMove(h: {
  from_state: string | null;
  to_state: string;
  reason: string | null;
  actor_name: string | null;
  at: Date;
}) {
  const label = (s: string | null) => (s ? SERVICE_LOG_STATE_LABELS[s as ServiceLogState] : null);
  return {
    fromLabel: label(h.from_state),
    toState: h.to_state,
    toLabel: label(h.to_state)!,
    reason: h.reason,
    actorName: h.actor_name,
    at: h.at.toISOString(),
  };
}
