import { expertScore, formatScore, type TCriterion } from '@kechuang/domain';
import type { AssignmentRow } from './review.repository';

/** Assignment row → API shape; the 100-point score is computed from the criteria when the review is submitted. */
export function presentAssignment(r: AssignmentRow) {
  const scores = (r.scores ?? {}) as Record<string, string>;
  const criteria = (r.criteria ?? []) as TCriterion[];
  return {
    id: r.id,
    applicationId: r.application_id,
    applicationTitle: r.application_title,
    enterpriseName: r.enterprise_name,
    callId: r.call_id,
    callTitle: r.call_title,
    expertId: r.expert_id,
    expertName: r.expert_name,
    status: r.status as 'assigned' | 'submitted',
    scores,
    score: r.status === 'submitted' && criteria.length ? formatScore(expertScore(criteria, scores)) : null,
    comment: r.comment,
    submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
    frozen: r.ranking_confirmed_at !== null,
    version: r.version,
  };
}
