import type { z } from 'zod';
import type {
  ZAssignment,
  ZExpertAccount,
  ZExpertCandidates,
  ZExpertProfile,
  ZFundingRecord,
  ZFundingSummary,
  ZRanking,
  ZReserve,
  ZTransitionRecord,
} from '@kechuang/domain';

// The domain exports these schemas without inferred types; infer them once here so pages never guess shapes.
export type TReserve = z.infer<typeof ZReserve>;
export type TTransitionRecord = z.infer<typeof ZTransitionRecord>;
export type TExpertProfile = z.infer<typeof ZExpertProfile>;
export type TExpertCandidates = z.infer<typeof ZExpertCandidates>;
export type TExpertCandidate = TExpertCandidates['experts'][number];
export type TExpertAccount = z.infer<typeof ZExpertAccount>;
export type TAssignment = z.infer<typeof ZAssignment>;
export type TRanking = z.infer<typeof ZRanking>;
export type TFundingRecord = z.infer<typeof ZFundingRecord>;
export type TFundingSummary = z.infer<typeof ZFundingSummary>;
