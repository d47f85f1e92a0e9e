import { z } from 'zod';
import { cmp, div, formatFixed, mul, parseDecimal, ratio, sub, sum, type Ratio } from '../rules/exact';
import type { OutlierRule } from './project.enums';

/** One review criterion of a call: scored 0..maxScore, counting by its weight. */
export const ZCriterion = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, '评审指标标识须以字母开头，仅含字母、数字、下划线'),
  label: z.string().trim().min(1, '请填写评审指标名称').max(60),
  maxScore: z.number().positive('满分须大于 0').max(1000),
  weight: z.number().positive('权重须大于 0').max(1000),
});
export type TCriterion = z.infer<typeof ZCriterion>;

/** A problem with one expert's scores. */
export interface ScoreProblem {
  field: string;
  message: string;
}

const SCORE = /^\d{1,4}(\.\d{1,2})?$/;

/** Checks an expert's scores: every criterion scored, each a number with ≤ 2 decimals within 0..maxScore, no unknown keys. */
export function checkScores(criteria: readonly TCriterion[], scores: Record<string, string | number>): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const keys = new Set(criteria.map((c) => c.key));
  for (const k of Object.keys(scores)) if (!keys.has(k)) problems.push({ field: k, message: `评审指标中没有“${k}”` });
  for (const c of criteria) {
    const v = scores[c.key];
    if (v === undefined || v === null || String(v).trim() === '') {
      problems.push({ field: c.key, message: `“${c.label}”未打分` });
      continue;
    }
    const s = String(v).trim();
    if (!SCORE.test(s)) {
      problems.push({ field: c.key, message: `“${c.label}”的分数须为不小于 0 的数字，最多两位小数` });
      continue;
    }
    if (cmp(parseDecimal(s), parseDecimal(c.maxScore)) > 0) {
      problems.push({ field: c.key, message: `“${c.label}”的分数 ${s} 超出范围 0～${c.maxScore}` });
    }
  }
  return problems;
}

/**
 * One expert's score on a 100-point scale: 100 × Σ wᵢ·sᵢ/maxᵢ ÷ Σ wᵢ. With weights equal to the maximum
 * scores (30/40/30) it is simply the sum of the scores.
 */
export function expertScore(criteria: readonly TCriterion[], scores: Record<string, string | number>): Ratio {
  const weights = sum(criteria.map((c) => parseDecimal(c.weight)));
  const weighted = sum(
    criteria.map((c) => div(mul(parseDecimal(c.weight), parseDecimal(scores[c.key])), parseDecimal(c.maxScore))),
  );
  return div(mul(weighted, ratio(100n)), weights);
}

/** The result of combining the experts' scores of one application, with its working. */
export interface Aggregate {
  experts: { expertId: number; score: string; kept: boolean }[];
  final: Ratio | null;
  finalText: string | null;
  note: string;
}

const two = (r: Ratio) => formatFixed(r, 2, 'half-up');
const mean = (xs: Ratio[]) => div(sum(xs), ratio(BigInt(xs.length)));

/** Which experts an outlier rule drops; `sdMultiplier` is N of the drop-beyond-N-sd rule. */
function dropped(
  values: Ratio[],
  rule: OutlierRule,
  sdMultiplier: number | string | null,
): { drop: Set<number>; note: string } {
  const n = values.length;
  if (rule === 'drop-high-low') {
    if (n < 3) return { drop: new Set(), note: `专家不足 3 位（${n} 位），未去掉最高分和最低分` };
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => cmp(a.v, b.v) || a.i - b.i);
    return {
      drop: new Set([order[0].i, order[n - 1].i]),
      note: `去掉一个最高分 ${two(order[n - 1].v)} 和一个最低分 ${two(order[0].v)}`,
    };
  }
  if (rule === 'drop-beyond-n-sd') {
    const k = parseDecimal(sdMultiplier ?? 2);
    const mu = mean(values);
    const variance = mean(values.map((v) => mul(sub(v, mu), sub(v, mu))));
    // Compare squares so the test stays exact: (x − μ)² > N²·σ²  ⇔  |x − μ| > N·σ.
    const limit = mul(mul(k, k), variance);
    const drop = new Set(values.flatMap((v, i) => (cmp(mul(sub(v, mu), sub(v, mu)), limit) > 0 ? [i] : [])));
    const sd = Math.sqrt(Number(formatFixed(variance, 6, 'half-up'))).toFixed(2);
    return {
      drop,
      note: `均值 ${two(mu)}，标准差约 ${sd}，剔除偏离均值超过 ${formatFixed(k, 2, 'half-up').replace(/\.?0+$/, '')} 倍标准差的评分 ${drop.size} 个`,
    };
  }
  return { drop: new Set(), note: '算术平均，不剔除' };
}

/** Combines the experts' 100-point scores of one application by the call's outlier rule (exact arithmetic). */
export function aggregateScores(
  scores: readonly { expertId: number; score: Ratio }[],
  rule: OutlierRule,
  sdMultiplier: number | string | null = null,
): Aggregate {
  if (scores.length === 0) return { experts: [], final: null, finalText: null, note: '尚无专家评分' };
  const values = scores.map((s) => s.score);
  const { drop, note } = dropped(values, rule, sdMultiplier);
  const kept = values.filter((_, i) => !drop.has(i));
  const final = mean(kept);
  return {
    experts: scores.map((s, i) => ({ expertId: s.expertId, score: two(s.score), kept: !drop.has(i) })),
    final,
    finalText: two(final),
    note,
  };
}

/** Competition ranks (1, 2, 2, 4) of exact final scores, highest first; entries without a score get null. */
export function rankByScore<T extends { final: Ratio | null }>(items: readonly T[]): (T & { rank: number | null })[] {
  const scored = items.filter((i) => i.final !== null).sort((a, b) => cmp(b.final!, a.final!));
  const ranked = scored.map((item, idx) => ({ item, rank: idx + 1 }));
  for (let i = 1; i < ranked.length; i++) {
    if (cmp(ranked[i].item.final!, ranked[i - 1].item.final!) === 0) ranked[i].rank = ranked[i - 1].rank;
  }
  return [
    ...ranked.map(({ item, rank }) => ({ ...item, rank })),
    ...items.filter((i) => i.final === null).map((i) => ({ ...i, rank: null })),
  ];
}

/** A score shown with two decimals, halves rounded up. */
export function formatScore(r: Ratio): string {
  return two(r);
}
