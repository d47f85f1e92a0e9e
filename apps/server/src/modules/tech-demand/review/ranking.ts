import type { Kysely, Transaction } from 'kysely';
import {
  REVIEW_DIMENSIONS,
  rankDemands,
  type DimensionScores,
  type RankedDemand,
  type ReviewWeights,
  type TRankingLine,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { CallRow } from '../call.repository';
import { callReviews } from './review.repository';

const toScores = (raw: unknown): DimensionScores =>
  Object.fromEntries(
    REVIEW_DIMENSIONS.map((d) => [d.key, Number((raw as Record<string, string>)[d.key])]),
  ) as DimensionScores;

/** The call's demands under 论证, their review counts and the ranking the domain computes (docs/rules.md §5.2). */
export async function computeCallRanking(db: Kysely<DB> | Transaction<DB>, call: CallRow) {
  const demands = await db
    .selectFrom('tech_demand as d')
    .select(['d.id', 'd.title', 'd.state', 'd.version', 'd.region_code', 'd.enterprise_id', 'd.call_id'])
    .select((eb) =>
      eb.selectFrom('enterprise as e').select('e.name').whereRef('e.id', '=', 'd.enterprise_id').as('enterprise_name'),
    )
    .where('d.call_id', '=', call.id)
    .where('d.state', '=', 'reviewing')
    .orderBy('d.id')
    .execute();
  const reviews = await callReviews(db, call.id);
  const ranked = rankDemands(
    demands.map((d) => ({
      demandId: d.id,
      confirmedScores: reviews.filter((r) => r.demand_id === d.id && r.confirmed_at).map((r) => toScores(r.scores)),
    })),
    call.review_weights as ReviewWeights,
    call.min_experts,
  );
  const byId = new Map<number, RankedDemand>(ranked.map((r) => [r.demandId, r]));
  const lines: TRankingLine[] = ranked.map((r) => {
    const d = demands.find((x) => x.id === r.demandId)!;
    const mine = reviews.filter((v) => v.demand_id === d.id);
    return {
      demandId: d.id,
      title: d.title,
      enterpriseName: d.enterprise_name,
      state: d.state,
      assigned: mine.length,
      confirmed: mine.filter((v) => v.confirmed_at).length,
      score: r.score,
      rank: r.rank,
      explanation: r.explanation,
    };
  });
  return { demands, ranked: byId, lines };
}
