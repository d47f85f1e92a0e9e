import type { AdminResetStatus, TAdminResetRequest } from '@kechuang/domain';
import type { AdminResetRow } from './admin-reset.repository';

/** The state a user sees: a pending request past its deadline reads as expired. */
export function adminResetStatus(r: { status: string; expires_at: Date }): AdminResetStatus {
  if (r.status === 'pending' && r.expires_at.getTime() <= Date.now()) return 'expired';
  return r.status as AdminResetStatus;
}

/** Row → API shape. */
export function presentAdminReset(r: AdminResetRow): TAdminResetRequest {
  return {
    id: r.id,
    targetUserId: r.target_user_id,
    targetUsername: r.target_username,
    targetDisplayName: r.target_display_name,
    targetRoles: r.target_roles,
    reason: r.reason,
    status: adminResetStatus(r),
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    decidedByName: r.decided_by_name ?? null,
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    decisionNote: r.decision_note,
  };
}
