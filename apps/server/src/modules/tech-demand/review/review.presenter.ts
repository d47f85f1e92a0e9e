import type { TDemandReview } from '@kechuang/domain';
import type { ReviewTaskRow } from './review.repository';

export function presentReview(r: ReviewTaskRow): TDemandReview {
  return {
    id: r.id,
    demandId: r.demand_id,
    demandTitle: r.demand_title,
    enterpriseName: r.enterprise_name,
    field: r.field,
    problem: r.problem,
    indicators: r.indicators,
    expectedOutcome: r.expected_outcome,
    budget: r.budget,
    callTitle: r.call_title,
    expertId: r.expert_id,
    expertName: r.expert_name,
    scores: (r.scores ?? {}) as Record<string, string>,
    comment: r.comment,
    confirmedAt: r.confirmed_at ? r.confirmed_at.toISOString() : null,
    version: r.version,
  };
}
