import { REVIEW_DIMENSIONS, type ReviewDimension } from './tech-demand.enums';

/** Weights of the four dimensions in percent (docs/rules.md §5.2). */
export type ReviewWeights = Record<ReviewDimension, number>;

/** One expert's confirmed scores of a demand, each 0–100. */
export type DimensionScores = Record<ReviewDimension, number>;

export interface RankInput {
  demandId: number;
  /** Only confirmed scores count. */
  confirmedScores: DimensionScores[];
}

export interface RankedDemand {
  demandId: number;
  /** Weighted mean of the confirmed scores, 2 decimals; null when it does not rank. */
  score: number | null;
  /** 1-based; equal scores share a rank. Null when the demand does not rank. */
  rank: number | null;
  /** Why it ranks as it does, in Chinese. */
  explanation: string;
}

/** The cut staff confirm a ranking with: the top N, or every demand at or above a score line. */
export type RankingCut = { topN: number } | { scoreLine: number };

/** One expert's weighted score: Σ score × weight / 100. */
export const weightedScore = (s: DimensionScores, w: ReviewWeights): number =>
  REVIEW_DIMENSIONS.reduce((sum, d) => sum + (s[d.key] * w[d.key]) / 100, 0);

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Ranks a call's demands (docs/rules.md §5.2): each demand's score is the mean of its experts' weighted scores,
 * counting only confirmed scores; a demand with fewer than `minExperts` confirmed scores does not rank. Highest
 * first; equal scores share a rank (1, 2, 2, 4).
 */
export function rankDemands(inputs: RankInput[], weights: ReviewWeights, minExperts: number): RankedDemand[] {
  const scored = inputs.map((i) => {
    const n = i.confirmedScores.length;
    if (n < minExperts) {
      return {
        demandId: i.demandId,
        score: null,
        rank: null,
        explanation: `已确认评分 ${n} 份，少于最少专家数 ${minExperts}，不参加排名`,
      };
    }
    const mean = i.confirmedScores.reduce((s, x) => s + weightedScore(x, weights), 0) / n;
    return { demandId: i.demandId, score: round2(mean), rank: null as number | null, explanation: '' };
  });
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score! || a.demandId - b.demandId);
  ranked.forEach((r, i) => {
    r.rank = i > 0 && ranked[i - 1].score === r.score ? ranked[i - 1].rank : i + 1;
    r.explanation = `${inputsOf(inputs, r.demandId)} 份已确认评分的加权平均 ${r.score!.toFixed(2)} 分，排第 ${r.rank} 名`;
  });
  return [...ranked, ...scored.filter((s) => s.score === null)];
}

const inputsOf = (inputs: RankInput[], id: number) => inputs.find((i) => i.demandId === id)!.confirmedScores.length;

/** Whether a ranked demand is 入选 under the cut: rank ≤ N, or score ≥ the line. A demand that does not rank is not. */
export function selectedByCut(r: RankedDemand, cut: RankingCut): boolean {
  if (r.score === null || r.rank === null) return false;
  return 'topN' in cut ? r.rank <= cut.topN : r.score >= cut.scoreLine;
}

/** The problems of one expert's scores: each dimension a number within 0–100 (messages name the dimension). */
export function checkDimensionScores(scores: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const d of REVIEW_DIMENSIONS) {
    const v = scores[d.key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      problems.push({ field: `scores.${d.key}`, message: `${d.label}须为 0–100 的分数` });
    }
  }
  return problems;
}
