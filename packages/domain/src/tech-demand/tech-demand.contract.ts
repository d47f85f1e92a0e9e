import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { CALL_STATES, DEMAND_STATES } from './tech-demand.enums';

// The field rules of a technology demand (docs/rules.md §5.2); every message names its field.
const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}最多 ${max} 个字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字`).nullable().optional();

/** The editable fields of a demand (POST body; PUT takes any of them with the version read). */
export const ZTechDemandInput = z.object({
  /** Staff name the enterprise; an enterprise user posts for itself (the field may be left out). */
  enterpriseId: z.number().int().positive().optional(),
  callId: z.number().int().positive().nullable().optional(),
  title: text('需求名称', 4, 100),
  field: text('技术领域', 1, 50),
  hightechDomain: z
    .string()
    .regex(/^0[1-8]$/, '高新技术领域须为 01–08 的领域代码')
    .nullable()
    .optional(),
  problem: text('技术难题', 1, 4000),
  indicators: optionalText('技术指标', 4000),
  expectedOutcome: optionalText('预期成果', 2000),
  budget: zMoney('拟投入资金', { max: MONEY_LIMITS.projectAmount }),
  periodMonths: z
    .number({ message: '研发周期须为整数月' })
    .int('研发周期须为整数月')
    .min(1, '研发周期至少 1 个月')
    .max(120, '研发周期最多 120 个月')
    .nullable()
    .optional(),
  contactName: text('联系人', 2, 30),
  contactPhone: z
    .string({ message: '请填写联系电话' })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话须为手机号或固定电话'),
});
export type TTechDemandInput = z.infer<typeof ZTechDemandInput>;

export const ZUpdateTechDemandRequest = ZTechDemandInput.omit({ enterpriseId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TUpdateTechDemandRequest = z.infer<typeof ZUpdateTechDemandRequest>;

/** A demand as the API answers it (budget in 元 as exact decimal text). */
export const ZTechDemand = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  callId: z.number().int().nullable(),
  callTitle: z.string().nullable(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string().nullable(),
  title: z.string(),
  field: z.string(),
  hightechDomain: z.string().nullable(),
  problem: z.string(),
  indicators: z.string().nullable(),
  expectedOutcome: z.string().nullable(),
  budget: z.string(),
  periodMonths: z.number().int().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  state: z.enum(DEMAND_STATES),
  reviewScore: z.string().nullable(),
  reviewRank: z.number().int().nullable(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  bidDeadline: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TTechDemand = z.infer<typeof ZTechDemand>;

/** One move of a demand's history. */
export const ZTechDemandHistory = z.object({
  id: z.number().int(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type TTechDemandHistory = z.infer<typeof ZTechDemandHistory>;

export const ZTechDemandDetail = ZTechDemand.extend({ history: z.array(ZTechDemandHistory) });
export type TTechDemandDetail = z.infer<typeof ZTechDemandDetail>;

/** The list's filters: call, state, field, enterprise, keyword, and a fact's ids. */
export const ZTechDemandListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  callId: z.coerce.number().int().positive().optional(),
  state: z.enum(DEMAND_STATES).optional(),
  field: z.string().trim().max(50).optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['title', 'budget', 'reviewScore', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TTechDemandListQuery = z.infer<typeof ZTechDemandListQuery>;

/** A move asked of the generic transition endpoint. */
export const ZTechDemandMoveRequest = z.object({
  to: z.enum(DEMAND_STATES),
  reason: z.string().trim().max(500, '理由最多 500 个字').nullable().optional(),
  version: z.number().int().min(1),
});
export type TTechDemandMoveRequest = z.infer<typeof ZTechDemandMoveRequest>;

/** Weights of the four review dimensions (docs/rules.md §5.2), in percent, summing to 100. */
export const ZReviewWeights = z
  .object({
    industry: z.number().min(0).max(100),
    foundation: z.number().min(0).max(100),
    indicators: z.number().min(0).max(100),
    finance: z.number().min(0).max(100),
  })
  .refine((w) => Math.abs(w.industry + w.foundation + w.indicators + w.finance - 100) < 1e-9, {
    message: '四项论证权重之和须为 100',
    path: ['reviewWeights'],
  });
export type TReviewWeights = z.infer<typeof ZReviewWeights>;

/** A call (榜单批次): its collection window and default 揭榜 deadline. */
export const ZTechDemandCallInput = z
  .object({
    regionCode: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码'),
    year: z.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100'),
    title: text('批次名称', 4, 100),
    collectFrom: zDate('征集开始日期'),
    collectTo: zDate('征集截止日期'),
    bidDeadline: zDate('揭榜截止日期').nullable().optional(),
    minExperts: z.number().int().min(1, '每项需求至少 1 位专家').max(15, '每项需求最多 15 位专家').optional(),
    reviewWeights: ZReviewWeights.optional(),
  })
  .refine((c) => c.collectTo >= c.collectFrom, { message: '征集截止日期不能早于开始日期', path: ['collectTo'] })
  .refine((c) => !c.bidDeadline || c.bidDeadline > c.collectTo, {
    message: '揭榜截止日期须晚于征集截止日期',
    path: ['bidDeadline'],
  });
export type TTechDemandCallInput = z.infer<typeof ZTechDemandCallInput>;

export const ZTechDemandCall = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  collectFrom: z.string(),
  collectTo: z.string(),
  bidDeadline: z.string().nullable(),
  minExperts: z.number().int(),
  reviewWeights: z.object({
    industry: z.number(),
    foundation: z.number(),
    indicators: z.number(),
    finance: z.number(),
  }),
  state: z.enum(CALL_STATES),
  /** The 论证 ranking has been confirmed (入选 / 落选 decided). */
  rankingConfirmed: z.boolean(),
  demandCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TTechDemandCall = z.infer<typeof ZTechDemandCall>;

export const ZTechDemandCallListQuery = ZPageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  state: z.enum(CALL_STATES).optional(),
});
export type TTechDemandCallListQuery = z.infer<typeof ZTechDemandCallListQuery>;
