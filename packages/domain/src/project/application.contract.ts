import { z } from 'zod';
import { ZPageQuery, zFactIds } from '../platform/common.contract';
import { ZAttachment } from './call.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { APPLICATION_STATES, COMMENT_VISIBILITY } from './project.enums';

/** Starting an application to a call; staff name the enterprise, an enterprise user applies for its own. */
export const ZCreateApplicationRequest = z.object({
  callId: z.number().int().positive(),
  enterpriseId: z.number().int().positive().optional(),
  title: z.string().trim().min(4, '项目名称至少 4 个字').max(200, '项目名称最多 200 个字'),
  requestedAmount: zMoney('申请金额', { max: MONEY_LIMITS.projectAmount }).nullable().optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});

/** Editing a draft or returned application (optimistic locking). */
export const ZUpdateApplicationRequest = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(4, '项目名称至少 4 个字').max(200).optional(),
  requestedAmount: zMoney('申请金额', { max: MONEY_LIMITS.projectAmount }).nullable().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/** The project side after 立项, kept by staff: number, approved amount, period and report due dates. */
export const ZProjectInfoRequest = z.object({
  version: z.number().int().min(1),
  projectNo: z.string().trim().max(40).nullable().optional(),
  approvedAmount: zMoney('批准金额', { max: MONEY_LIMITS.projectAmount }).nullable().optional(),
  startsOn: zDate('开始日期').nullable().optional(),
  endsOn: zDate('结束日期').nullable().optional(),
  midtermDueOn: zDate('中期检查日期').nullable().optional(),
});

/** Moving an application; the comment says whether the applicant sees it. */
export const ZTransitionRequest = z.object({
  to: z.enum(APPLICATION_STATES),
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
  visibility: z.enum(COMMENT_VISIBILITY).default('applicant'),
});

/** 强制变更状态: any target state, only with a reason of at least OVERRIDE_REASON_MIN characters. */
export const OVERRIDE_REASON_MIN = 10;
export const ZOverrideRequest = z.object({
  to: z.enum(APPLICATION_STATES),
  version: z.number().int().min(1),
  reason: z.string().trim().max(2000).optional(),
});

/** The same move for many applications at once (推荐/退回 in bulk); each succeeds or fails on its own. */
export const ZBatchTransitionRequest = z.object({
  items: z
    .array(z.object({ id: z.number().int().positive(), version: z.number().int().min(1) }))
    .min(1, '请选择申报书')
    .max(200),
  to: z.enum(APPLICATION_STATES),
  comment: z.string().trim().max(2000).optional(),
  visibility: z.enum(COMMENT_VISIBILITY).default('applicant'),
});

export const ZBatchResult = z.array(
  z.object({
    id: z.number().int(),
    ok: z.boolean(),
    state: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
);

/** One recorded transition: who, when, why; internal comments are hidden from the applicant. */
export const ZTransitionRecord = z.object({
  id: z.number().int(),
  from: z.string(),
  to: z.string(),
  fromLabel: z.string(),
  toLabel: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  onBehalf: z.boolean(),
  /** 强制变更状态: made outside the state machine by a user with project:application:override. */
  override: z.boolean(),
  /** Written by the historical project import (who, when, file and row), not by a move through the states. */
  imported: z.boolean(),
  comment: z.string().nullable(),
  visibility: z.enum(COMMENT_VISIBILITY),
});

export const ZApplication = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  callId: z.number().int(),
  callTitle: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  level: z.string(),
  year: z.number().int(),
  closesAt: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  unitKind: z.string(),
  title: z.string(),
  state: z.enum(APPLICATION_STATES),
  stateLabel: z.string(),
  data: z.record(z.string(), z.unknown()),
  requestedAmount: z.string().nullable(),
  approvedAmount: z.string().nullable(),
  projectNo: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  midtermDueOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reserveId: z.number().int().nullable(),
  attachments: z.array(ZAttachment),
  /** Moves the caller may make now. */
  actions: z.array(z.object({ to: z.enum(APPLICATION_STATES), label: z.string(), reasonRequired: z.boolean() })),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TApplication = z.infer<typeof ZApplication>;

export const ZApplicationListQuery = ZPageQuery.extend({
  callId: z.coerce.number().int().optional(),
  state: z
    .string()
    .regex(/^[a-z_]+(,[a-z_]+)*$/, '状态以逗号分隔')
    .optional(),
  category: z.string().max(40).optional(),
  year: z.coerce.number().int().optional(),
  enterpriseId: z.coerce.number().int().optional(),
  keyword: z.string().trim().max(50).optional(),
  submittedFrom: zDate('提交起始日期').optional(),
  submittedTo: zDate('提交截止日期').optional(),
  /** Only these applications: a dashboard or report figure links to its records as ?ids=1,2,3. */
  ids: zFactIds.optional(),
});
