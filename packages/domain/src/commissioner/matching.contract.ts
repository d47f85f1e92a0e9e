import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';

// An enterprise's technology need and its match with a 科技特派员 (docs/rules.md §5.1.2). Messages name the field.

/** open 待对接 → assigned 已指派 → done 已办结 → closed 已关闭 (open may be closed too: withdrawn). */
export const NEED_STATES = ['open', 'assigned', 'done', 'closed'] as const;
export type NeedState = (typeof NEED_STATES)[number];
export const NEED_STATE_LABELS: Record<NeedState, string> = {
  open: '待对接',
  assigned: '已指派',
  done: '已办结',
  closed: '已关闭',
};

const phone = z
  .string({ message: '请填写联系电话' })
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话须为 11 位手机号或带区号的固定电话');

/** A need as posted: by the enterprise itself, or by staff naming the enterprise (`enterpriseId`). */
export const ZNeedInput = z.object({
  enterpriseId: z.number().int().positive().optional(),
  field: z.string({ message: '请选择技术领域' }).trim().min(1, '请选择技术领域').max(50, '技术领域代码过长'),
  problem: z
    .string({ message: '请填写问题描述' })
    .trim()
    .min(10, '问题描述至少 10 个字')
    .max(2000, '问题描述最多 2000 个字'),
  contactName: z.string({ message: '请填写联系人' }).trim().min(1, '请填写联系人').max(50, '联系人最多 50 个字'),
  contactPhone: phone,
  desiredOn: zDate('期望对接日期').nullable().optional(),
});
export type TNeedInput = z.infer<typeof ZNeedInput>;

/** A need as the API answers it (the contact phone masked for all but the enterprise itself and its commissioner). */
export const ZNeed = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  field: z.string(),
  fieldLabel: z.string().nullable(),
  problem: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  desiredOn: z.string().nullable(),
  status: z.enum(NEED_STATES),
  commissionerId: z.number().int().nullable(),
  commissionerName: z.string().nullable(),
  commissionerUnit: z.string().nullable(),
  assignedOn: z.string().nullable(),
  doneNote: z.string().nullable(),
  doneOn: z.string().nullable(),
  closeNote: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type TNeed = z.infer<typeof ZNeed>;

export const ZNeedListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  status: z.enum(NEED_STATES).optional(),
  field: z.string().trim().max(50).optional(),
  ids: zFactIdsText.optional(),
});
export type TNeedListQuery = z.infer<typeof ZNeedListQuery>;

/** One proposed commissioner with the score and the reasons, in Chinese. */
export const ZNeedCandidate = z.object({
  commissionerId: z.number().int(),
  name: z.string(),
  level: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  speciality: z.string().nullable(),
  unitName: z.string(),
  regionName: z.string().nullable(),
  load: z.number().int(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type TNeedCandidate = z.infer<typeof ZNeedCandidate>;

export const ZAssignNeed = z.object({
  version: z.number().int().min(1),
  commissionerId: z.number({ message: '请选择科技特派员' }).int().positive('请选择科技特派员'),
});
export const ZCompleteNeed = z.object({
  version: z.number().int().min(1),
  note: z
    .string({ message: '请填写办理情况' })
    .trim()
    .min(2, '办理情况至少 2 个字')
    .max(1000, '办理情况最多 1000 个字'),
});
export const ZCloseNeed = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(500, '关闭说明最多 500 个字').nullable().optional(),
});
export type TAssignNeed = z.infer<typeof ZAssignNeed>;
export type TCompleteNeed = z.infer<typeof ZCompleteNeed>;
export type TCloseNeed = z.infer<typeof ZCloseNeed>;
