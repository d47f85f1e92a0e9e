import { z } from 'zod';

// 论证 (expert review) of a call's demands (docs/rules.md §5.2): assignment, scores, the ranking and publication.

export const ZAssignDemandExperts = z.object({
  demandIds: z.array(z.number().int().positive()).min(1, '请选择需求'),
  expertIds: z.array(z.number().int().positive()).min(1, '请选择评审专家'),
});
export type TAssignDemandExperts = z.infer<typeof ZAssignDemandExperts>;

/** An expert's scores of the four dimensions; `confirm` locks them. Range checks name the dimension (400). */
export const ZScoreDemand = z.object({
  scores: z.record(z.string(), z.union([z.number(), z.string()])),
  comment: z.string().trim().max(1000, '评审意见最多 1000 个字').nullable().optional(),
  confirm: z.boolean(),
  version: z.number().int().min(1),
});
export type TScoreDemand = z.infer<typeof ZScoreDemand>;

/** A review task as its expert sees it (no contact person). */
export const ZDemandReview = z.object({
  id: z.number().int(),
  demandId: z.number().int(),
  demandTitle: z.string(),
  enterpriseName: z.string().nullable(),
  field: z.string(),
  problem: z.string(),
  indicators: z.string().nullable(),
  expectedOutcome: z.string().nullable(),
  budget: z.string(),
  callTitle: z.string().nullable(),
  expertId: z.number().int(),
  expertName: z.string().nullable(),
  scores: z.record(z.string(), z.string()),
  comment: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TDemandReview = z.infer<typeof ZDemandReview>;

export const ZRankingCut = z.union([
  z.object({ topN: z.number().int().min(1, '入选数量至少为 1').max(1000) }),
  z.object({ scoreLine: z.number().min(0, '分数线须为 0–100').max(100, '分数线须为 0–100') }),
]);

export const ZConfirmRanking = z.object({ cut: ZRankingCut, version: z.number().int().min(1) });
export type TConfirmRanking = z.infer<typeof ZConfirmRanking>;

/** One line of a call's ranking (preview or confirmed). */
export const ZRankingLine = z.object({
  demandId: z.number().int(),
  title: z.string(),
  enterpriseName: z.string().nullable(),
  state: z.string(),
  assigned: z.number().int(),
  confirmed: z.number().int(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  explanation: z.string(),
});
export type TRankingLine = z.infer<typeof ZRankingLine>;

export const ZPublishCall = z.object({
  bidDeadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '揭榜截止日期不是有效日期')
    .optional(),
  version: z.number().int().min(1),
});
export type TPublishCall = z.infer<typeof ZPublishCall>;

/** A published demand as the public page shows it: no contact person, no phone. */
export const ZPublicDemand = z.object({
  id: z.number().int(),
  title: z.string(),
  enterpriseName: z.string().nullable(),
  regionName: z.string().nullable(),
  field: z.string(),
  problem: z.string(),
  indicators: z.string().nullable(),
  expectedOutcome: z.string().nullable(),
  budget: z.string(),
  periodMonths: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  bidDeadline: z.string().nullable(),
  state: z.string(),
});
export type TPublicDemand = z.infer<typeof ZPublicDemand>;
