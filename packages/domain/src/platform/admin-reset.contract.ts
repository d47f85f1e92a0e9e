import { z } from 'zod';

/**
 * A reset of an administrator's password (系统、安全、审计管理员) is a two-person action: one administrator asks,
 * another approves, and the approval answers a one-time password nobody chose (issue 20).
 */
export const ADMIN_RESET_STATUS_LABELS = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已拒绝',
  expired: '已过期',
} as const;
export type AdminResetStatus = keyof typeof ADMIN_RESET_STATUS_LABELS;

export const ZAdminResetRequestCreate = z.object({
  reason: z.string().trim().min(2, '请填写重置原因（至少 2 个字）').max(500, '重置原因最多 500 个字'),
});

export const ZAdminResetReject = z.object({
  note: z.string().trim().max(500, '拒绝说明最多 500 个字').optional(),
});

export const ZAdminResetListQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected', 'expired']).optional(),
});

export const ZAdminResetRequest = z.object({
  id: z.number().int(),
  targetUserId: z.number().int(),
  targetUsername: z.string(),
  targetDisplayName: z.string(),
  targetRoles: z.array(z.string()),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'expired']),
  requestedBy: z.number().int(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  expiresAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type TAdminResetRequest = z.infer<typeof ZAdminResetRequest>;

/** The approval's answer: the one-time password, shown once to the approver to hand to the person. */
export const ZAdminResetApproved = z.object({
  username: z.string(),
  oneTimePassword: z.string(),
});
export type TAdminResetApproved = z.infer<typeof ZAdminResetApproved>;
