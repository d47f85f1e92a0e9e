import type { Kysely } from 'kysely';
import {
  aggregateScores,
  expertScore,
  formatScore,
  rankByScore,
  type OutlierRule,
  type TCriterion,
} from '@kechuang/domain';
import type { z } from 'zod';
import type { ZRanking } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { assignmentsOfCall } from './review.repository';

export type Ranking = z.infer<typeof ZRanking>;

/**
 * The ranked list of a call: per application, each submitted expert score (100-point, weighted by criterion), the
 * call's outlier rule applied exactly, and competition ranks. An application is complete when at least the
 * minimum number of experts were assigned and all of them have submitted.
 */
export async function computeRanking(
  db: Kysely<DB>,
  call: {
    id: number;
    title: string;
    criteria: unknown;
    outlier_rule: string;
    outlier_sd: string | null;
    min_experts: number;
  },
): Promise<Ranking> {
  const criteria = (call.criteria ?? []) as TCriterion[];
  const rule = call.outlier_rule as OutlierRule;
  const assignments = await assignmentsOfCall(db, call.id);
  const byApp = new Map<number, typeof assignments>();
  for (const a of assignments) byApp.set(a.application_id, [...(byApp.get(a.application_id) ?? []), a]);
  const items = [...byApp.values()].map((list) => {
    const submitted = list.filter((a) => a.status === 'submitted' && criteria.length > 0);
    const scored = submitted.map((a) => ({
      expertId: a.expert_id,
      score: expertScore(criteria, (a.scores ?? {}) as Record<string, string>),
    }));
    const agg = aggregateScores(scored, rule, call.outlier_sd);
    const complete = list.length >= call.min_experts && submitted.length === list.length;
    const pending = list.length - submitted.length;
    return {
      final: complete ? agg.final : null,
      applicationId: list[0].application_id,
      title: list[0].application_title,
      enterpriseName: list[0].enterprise_name,
      state: list[0].application_state,
      finalScore: complete ? agg.finalText : null,
      complete,
      note: complete
        ? agg.note
        : `评审未完成：已指派 ${list.length} 位专家（至少 ${call.min_experts} 位），${pending} 位尚未提交`,
      experts: list.map((a) => {
        const s = scored.find((x) => x.expertId === a.expert_id);
        const kept = agg.experts.find((x) => x.expertId === a.expert_id)?.kept ?? false;
        return {
          expertId: a.expert_id,
          expertName: a.expert_name,
          score: s ? formatScore(s.score) : null,
          kept: complete && kept,
          submitted: Boolean(s),
        };
      }),
    };
  });
  return {
    callId: call.id,
    callTitle: call.title,
    outlierRule: rule,
    outlierSd: call.outlier_sd,
    minExperts: call.min_experts,
    confirmed: null,
    items: rankByScore(items).map(({ final: _final, ...rest }) => rest),
  };
}
