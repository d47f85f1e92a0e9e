import type { Selectable } from 'kysely';
import type { TAuditEntry } from '@kechuang/domain';
import type { AuditLogTable } from '../../platform/db/schema';

/** Audit row → API shape (with the values before and after, and the row's hash). */
export const presentAuditEntry = (r: Selectable<AuditLogTable>): TAuditEntry => ({
  id: Number(r.id),
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  ip: r.ip,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  result: r.result,
  before: r.before ?? null,
  after: r.after ?? null,
  details: r.details ?? null,
  hash: r.hash,
  requestId: r.request_id,
});
