import { z } from 'zod';
import {
  ZDeductionEstimateInput,
  ZDeductionRatioInput,
  type DeductionEstimate,
  type DeductionRatioResult,
} from '../rules/rd-deduction';
import type { THighTechInput } from '../rules/high-tech-schema';
import type { TTechSmeInput } from '../rules/tech-sme-schema';
import { zDate } from '../platform/date';
import type { ZTimelineEvent } from './enterprise.contract';

// Responses of the enterprise endpoints the web reads, so it never copies their shapes. Plain shapes without
// transforms, so a route can also serve them as its `response:` schema.

/** GET /enterprises/:id/timeline: one event, from any module. */
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;

/** GET /enterprises/:id/contact-phone: the unmasked phone (every call audited). */
export const ZContactPhone = z.object({ contactPhone: z.string().nullable() });
export type TContactPhone = z.infer<typeof ZContactPhone>;

const yuan = z.union([z.number(), z.string()]);
const grade = z.enum(['A', 'B', 'C', 'D', 'E']);

/**
 * The 科小 calculator's input as the register fills it: the engine's fields, typed but not yet checked — the user
 * reviews them in the calculator, and the engine checks them when it runs.
 */
export const ZTechSmeDraft = z.object({
  staffTotal: z.number(),
  techStaff: z.number(),
  revenue: yuan,
  rdExpense: yuan,
  costTotal: yuan,
  totalAssets: yuan,
  ipClassI: z.number(),
  ipClassII: z.number(),
  residentEnterprise: z.boolean(),
  auditAccounting: z.boolean(),
  industryCode: z.string(),
  restrictedIndustry: z.boolean(),
  majorIncident: z.boolean(),
  abnormalList: z.boolean(),
  validHighTech: z.boolean().optional(),
  nationalAwardTop3In5y: z.boolean().optional(),
  provincialRdInstitution: z.boolean().optional(),
  ledStandardIn5y: z.boolean().optional(),
});

/** The 高企 pre-assessment's input as the register fills it (up to three years; innovation starts neutral). */
export const ZHighTechDraft = z.object({
  asOf: z.string(),
  registeredOn: z.string(),
  coreIpOwned: z.boolean(),
  techDomain: z.string().nullable(),
  staffTotal: z.number(),
  techStaff: z.number(),
  years: z.array(
    z.object({ year: z.number().int(), revenue: yuan, rdExpense: yuan, domesticRdExpense: yuan, netAssets: yuan }),
  ),
  highTechIncome: yuan,
  totalIncome: yuan,
  majorIncident: z.boolean(),
  innovation: z.object({
    ip: z.object({
      advancement: grade,
      coreSupport: grade,
      classICount: z.number(),
      classIICount: z.number(),
      selfDeveloped: z.boolean(),
      standardParticipation: z.boolean().optional(),
    }),
    conversionsPerYear: z.array(z.number()),
    management: z.object({
      rdManagementSystem: z.boolean(),
      rdInstitutionAndCooperation: z.boolean(),
      conversionIncentive: z.boolean(),
      talentSystem: z.boolean(),
    }),
  }),
});

// A draft is a valid engine input in shape: fails to compile if an engine gains a field the drafts lack.
type Assignable<A extends B, B> = A;
export type TTechSmeDraft = Assignable<z.infer<typeof ZTechSmeDraft>, TTechSmeInput>;
export type THighTechDraft = Assignable<z.infer<typeof ZHighTechDraft>, THighTechInput>;

/** GET /enterprises/:id/assessment-prefill: the engines' inputs from the register, null without yearly figures. */
export const ZAssessmentPrefill = z.object({
  year: z.number().int().nullable(),
  techSme: ZTechSmeDraft.nullable(),
  highTech: ZHighTechDraft.nullable(),
  /** What the register assumed (facts it does not hold), shown beside the result. */
  assumptions: z.array(z.string()),
});
export type TAssessmentPrefill = z.infer<typeof ZAssessmentPrefill>;

/** POST /assessments/rd-deduction: the ratio question and the estimate, in one body. */
export const ZRdDeductionAssessmentRequest = z.object({
  ratio: ZDeductionRatioInput,
  estimate: ZDeductionEstimateInput.omit({ ratio: true }),
});
export type TRdDeductionAssessmentRequest = z.input<typeof ZRdDeductionAssessmentRequest>;

/** POST /assessments/rd-deduction's answer; `estimate` is null when the ratio is not eligible. */
export interface TRdDeductionAssessment {
  ratio: DeductionRatioResult;
  estimate: DeductionEstimate | null;
}

/** The tiers the 培育库 evaluates enterprises against. */
export const POOL_TARGETS = ['high_tech', 'tech_sme'] as const;
export type PoolTarget = (typeof POOL_TARGETS)[number];
export const POOL_STANDINGS = ['candidate', 'gap', 'insufficient'] as const;
export type PoolStanding = (typeof POOL_STANDINGS)[number];
export const POOL_STANDING_LABELS: Record<PoolStanding, string> = {
  candidate: '候选',
  gap: '尚有差距',
  insufficient: '数据不足',
};

/** One enterprise of GET /cultivation-pool: how close it is to the target tier and what it lacks. */
export const ZPoolEntry = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  townshipName: z.string().nullable(),
  year: z.number().int(),
  /** 科小: the score; 高企: null (the experts' part is a range). */
  score: z.number().nullable(),
  scoreRange: z.tuple([z.number(), z.number()]).nullable(),
  candidate: z.boolean(),
  /** 候选, 尚有差距 (a condition is not met), or 数据不足 (the register lacks a figure the judgement needs). */
  standing: z.enum(POOL_STANDINGS),
  lacking: z.array(z.string()),
  summary: z.string(),
});
export type TPoolEntry = z.infer<typeof ZPoolEntry>;

/** GET /cultivation-pool */
export const ZPoolResponse = z.object({
  target: z.enum(POOL_TARGETS),
  assumptions: z.array(z.string()),
  data: z.array(ZPoolEntry),
});
export type TPoolResponse = z.infer<typeof ZPoolResponse>;

/** One row of GET /deadlines: a certified tier's yearly obligation or its expiry. */
export const ZEnterpriseDeadline = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  /** 'annual-report' (高企年报), 'annual-update' (科小年度更新) or 'expiry'. */
  kind: z.string(),
  title: z.string(),
  due: z.string(),
  daysLeft: z.number().int(),
  consequence: z.string(),
});
export type TEnterpriseDeadline = z.infer<typeof ZEnterpriseDeadline>;

/** One unit a 公示 lists: names and codes of units only, never personal data. */
export const ZNoticeItem = z.object({
  enterpriseName: z.string(),
  creditCode: z.string(),
  tier: z.string(),
  batch: z.string().nullable(),
  stage: z.string(),
});
export type TNoticeItem = z.infer<typeof ZNoticeItem>;

export const NOTICE_STATUSES = ['draft', 'publicizing', 'ended'] as const;

/** GET /notices, POST /notices, POST /notices/:id/publish. */
export const ZNotice = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.string(),
  basis: z.string(),
  startDate: z.string(),
  workingDays: z.number().int(),
  endDate: z.string(),
  /** Set when the end date rests on a year whose holiday arrangement is not entered yet, or no longer matches it. */
  endDateWarning: z.string().nullable(),
  status: z.enum(NOTICE_STATUSES),
  contact: z.string().nullable(),
  supervisionPhone: z.string().nullable(),
  issuer: z.string(),
  items: z.array(ZNoticeItem),
  version: z.number().int(),
});
export type TNotice = z.infer<typeof ZNotice>;

/** GET /public/notices and /public/notices/:id: the same without the staff-only fields. */
export const ZPublicNotice = ZNotice.omit({ version: true, endDateWarning: true });
export type TPublicNotice = z.infer<typeof ZPublicNotice>;

/** The counts an enterprise import's commit job adds to its result. */
export const ZEnterpriseImportCommitted = z.object({ created: z.number().int(), updated: z.number().int() });
export type TEnterpriseImportCommitted = z.infer<typeof ZEnterpriseImportCommitted>;

/** POST /notices: a draft 公示 of qualification records (the same schema the route validates inline today). */
export const ZCreateNoticeRequest = z.object({
  title: z.string().trim().min(4, '标题至少 4 个字').max(200),
  basis: z.string().trim().min(10, '请写明公示依据与程序').max(4000),
  startDate: zDate('公示开始日期'),
  workingDays: z.number().int().min(1).max(30).optional(),
  contact: z.string().trim().max(100).nullable().optional(),
  supervisionPhone: z.string().trim().max(30).nullable().optional(),
  qualificationIds: z.array(z.number().int()).min(1, '请选择公示对象'),
});
export type TCreateNoticeRequest = z.input<typeof ZCreateNoticeRequest>;
