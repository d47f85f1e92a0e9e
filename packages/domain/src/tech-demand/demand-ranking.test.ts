import { describe, expect, it } from 'vitest';
import { checkDimensionScores, rankDemands, selectedByCut, weightedScore } from './demand-ranking';

const W = { industry: 30, foundation: 25, indicators: 25, finance: 20 };
const s = (industry: number, foundation: number, indicators: number, finance: number) => ({
  industry,
  foundation,
  indicators,
  finance,
});

describe('揭榜挂帅 ranking (docs/rules.md §5.2)', () => {
  it('weights the four dimensions', () => {
    expect(weightedScore(s(100, 80, 60, 40), W)).toBe(30 + 20 + 15 + 8);
  });

  it('ranks by the mean of confirmed weighted scores; too few confirmed scores do not rank', () => {
    const r = rankDemands(
      [
        { demandId: 1, confirmedScores: [s(80, 80, 80, 80), s(90, 90, 90, 90), s(70, 70, 70, 70)] },
        { demandId: 2, confirmedScores: [s(90, 90, 90, 90), s(90, 90, 90, 90), s(90, 90, 90, 90)] },
        { demandId: 3, confirmedScores: [s(100, 100, 100, 100), s(100, 100, 100, 100)] },
        { demandId: 4, confirmedScores: [s(80, 80, 80, 80), s(80, 80, 80, 80), s(80, 80, 80, 80)] },
      ],
      W,
      3,
    );
    expect(r.map((x) => [x.demandId, x.score, x.rank])).toEqual([
      [2, 90, 1],
      [1, 80, 2],
      [4, 80, 2],
      [3, null, null],
    ]);
    expect(r[3].explanation).toContain('少于最少专家数 3');
    expect(r[0].explanation).toContain('排第 1 名');
  });

  it('cuts by the top N or a score line', () => {
    const r = rankDemands(
      [
        { demandId: 1, confirmedScores: [s(90, 90, 90, 90)] },
        { demandId: 2, confirmedScores: [s(70, 70, 70, 70)] },
        { demandId: 3, confirmedScores: [] },
      ],
      W,
      1,
    );
    expect(r.filter((x) => selectedByCut(x, { topN: 1 })).map((x) => x.demandId)).toEqual([1]);
    expect(r.filter((x) => selectedByCut(x, { scoreLine: 60 })).map((x) => x.demandId)).toEqual([1, 2]);
  });

  it('refuses a score outside 0–100 naming the dimension', () => {
    expect(checkDimensionScores(s(101, 0, 50, 50))).toEqual([
      { field: 'scores.industry', message: '产业带动作用须为 0–100 的分数' },
    ]);
    expect(
      checkDimensionScores({ industry: 1, foundation: '', indicators: 2, finance: -1 }).map((p) => p.field),
    ).toEqual(['scores.foundation', 'scores.finance']);
  });
});
