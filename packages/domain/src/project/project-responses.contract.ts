import { z } from 'zod';
import { zPage } from '../platform/common.contract';
import type { ZBatchResult, ZTransitionRecord } from './application.contract';
import { ZApplication } from './application.contract';
import type { ZExpertAccount, ZExpertCandidates } from './expert-candidates.contract';
import { ZFormField } from './form-definition';
import type { ZFundingSummary } from './funding.contract';
import { ZFundingRecord } from './funding.contract';
import { FUNDING_KINDS, FUNDING_SOURCE_LEVELS } from './project.enums';
import type { ZReserve } from './reserve.contract';
import type { ZExpertProfile, ZRanking } from './review.contract';
import { ZAssignment } from './review.contract';
import { ZCriterion } from './review-aggregation';

// Responses of the project endpoints the web reads, so it never copies their shapes. Plain shapes without
// transforms, so a route can also serve them as its `response:` schema.

export type TReserve = z.infer<typeof ZReserve>;
export type TTransitionRecord = z.infer<typeof ZTransitionRecord>;
export type TBatchResult = z.infer<typeof ZBatchResult>;
export type TExpertProfile = z.infer<typeof ZExpertProfile>;
export type TExpertCandidates = z.infer<typeof ZExpertCandidates>;
export type TExpertCandidate = TExpertCandidates['experts'][number];
export type TExpertAccount = z.infer<typeof ZExpertAccount>;
export type TAssignment = z.infer<typeof ZAssignment>;
export type TRanking = z.infer<typeof ZRanking>;
export type TFundingRecord = z.infer<typeof ZFundingRecord>;
export type TFundingSummary = z.infer<typeof ZFundingSummary>;

export const PROJECT_DEADLINE_KINDS = ['call-closing', 'midterm-due', 'acceptance-due'] as const;
export type ProjectDeadlineKind = (typeof PROJECT_DEADLINE_KINDS)[number];

/** One row of GET /project-deadlines: a call closing, a mid-term check or an acceptance falling due. */
export const ZProjectDeadline = z.object({
  kind: z.enum(PROJECT_DEADLINE_KINDS),
  title: z.string(),
  due: z.string(),
  daysLeft: z.number().int(),
  regionCode: z.string(),
  callId: z.number().int(),
  applicationId: z.number().int().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
});
export type TProjectDeadline = z.infer<typeof ZProjectDeadline>;

/** An exact total (元) of ledger records and how many they are. */
const ZCountedAmount = z.object({ amount: z.string(), count: z.number().int() });

/**
 * The total of one kind of ledger record among everything a filter matches, and its split by source level. Kinds are
 * never added together: a grant, its allocation, its payment and the enterprise's matching are the same money seen
 * at different steps, or not public money at all.
 */
export const ZFundingKindTotal = ZCountedAmount.extend({
  kind: z.enum(FUNDING_KINDS),
  label: z.string(),
  bySource: z.array(ZCountedAmount.extend({ sourceLevel: z.enum(FUNDING_SOURCE_LEVELS), label: z.string() })),
});
export type TFundingKindTotal = z.infer<typeof ZFundingKindTotal>;

/** GET /funding: a page of ledger records plus, per kind present, the exact total of everything the filter matches. */
export const ZFundingPage = zPage(ZFundingRecord).extend({ kindTotals: z.array(ZFundingKindTotal) });
export type TFundingPage = z.infer<typeof ZFundingPage>;

/** GET /applications/:id/funding: a project's ledger records and its totals (元) by record kind. */
export const ZApplicationFunding = z.object({
  records: z.array(ZFundingRecord),
  totals: z.record(z.string(), z.string()),
});
export type TApplicationFunding = z.infer<typeof ZApplicationFunding>;

/** GET /applications/:id/form: the form of the application's call. */
export const ZApplicationForm = z.object({ callId: z.number().int(), form: z.array(ZFormField) });
export type TApplicationForm = z.infer<typeof ZApplicationForm>;

/** GET /reviews/:id: an expert's task with the application and the call's criteria. */
export const ZReviewDetail = z.object({
  assignment: ZAssignment,
  application: ZApplication,
  criteria: z.array(ZCriterion),
});
export type TReviewDetail = z.infer<typeof ZReviewDetail>;

/** POST /reviews/assign */
export const ZExpertsAssigned = z.object({ added: z.number().int() });
export type TExpertsAssigned = z.infer<typeof ZExpertsAssigned>;

/** POST /calls/:id/notice: the 公示 draft made of a call's list. */
export const ZProjectNoticeDraft = z.object({
  noticeId: z.number().int(),
  items: z.number().int(),
  endDate: z.string(),
  /** Set when the end date rests on a year whose holiday arrangement is not entered yet. */
  endDateWarning: z.string().nullable(),
});
export type TProjectNoticeDraft = z.infer<typeof ZProjectNoticeDraft>;

/** The counts a historical-project import's commit job adds to its result (fundingTotal in 元). */
export const ZProjectImportCommitted = z.object({
  imported: z.number().int(),
  skipped: z.number().int(),
  batches: z.number().int(),
  fundingTotal: z.string(),
});
export type TProjectImportCommitted = z.infer<typeof ZProjectImportCommitted>;
