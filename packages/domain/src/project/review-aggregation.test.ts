import { describe, expect, it } from 'vitest';
import { formatFixed, ratio } from '../rules/exact';
import { aggregateScores, checkScores, expertScore, rankByScore } from './review-aggregation';

const criteria = [
  { key: 'innovation', label: '创新性', maxScore: 30, weight: 30 },
  { key: 'feasibility', label: '可行性', maxScore: 40, weight: 40 },
  { key: 'benefit', label: '效益', maxScore: 30, weight: 30 },
];
// Worked by hand: 24+32+27 = 83, 27+36+27 = 90, 15+20+15 = 50, 25+33+28 = 86.
const sheets = [
  { innovation: 24, feasibility: 32, benefit: 27 },
  { innovation: 27, feasibility: 36, benefit: 27 },
  { innovation: 15, feasibility: 20, benefit: 15 },
  { innovation: 25, feasibility: 33, benefit: 28 },
];
const scores = sheets.map((s, i) => ({ expertId: i + 1, score: expertScore(criteria, s) }));

describe('expert score', () => {
  it('is the plain sum when weights equal the maximum scores', () => {
    expect(scores.map((s) => formatFixed(s.score, 2, 'half-up'))).toEqual(['83.00', '90.00', '50.00', '86.00']);
  });
  it('weights each criterion on its own scale: 100 × (1×8/10 + 3×60/100) ÷ 4 = 65', () => {
    const c = [
      { key: 'a', label: 'A', maxScore: 10, weight: 1 },
      { key: 'b', label: 'B', maxScore: 100, weight: 3 },
    ];
    expect(formatFixed(expertScore(c, { a: 8, b: 60 }), 2, 'half-up')).toBe('65.00');
  });
});

describe('aggregation by outlier rule', () => {
  it('none: (83 + 90 + 50 + 86) ÷ 4 = 77.25', () => {
    const r = aggregateScores(scores, 'none');
    expect(r.finalText).toBe('77.25');
    expect(r.experts.every((e) => e.kept)).toBe(true);
  });
  it('drop-high-low: drops 90 and 50, (83 + 86) ÷ 2 = 84.50', () => {
    const r = aggregateScores(scores, 'drop-high-low');
    expect(r.finalText).toBe('84.50');
    expect(r.experts.filter((e) => !e.kept).map((e) => e.score)).toEqual(['90.00', '50.00']);
  });
  it('drop-high-low with two experts keeps both and says why', () => {
    const r = aggregateScores(scores.slice(0, 2), 'drop-high-low');
    expect(r.finalText).toBe('86.50');
    expect(r.note).toContain('不足 3 位');
  });
  it('drop-beyond-1-sd: μ = 77.25, σ² = 253.6875 (σ ≈ 15.93); only 50 deviates by more (27.25), (83 + 90 + 86) ÷ 3 = 86.33', () => {
    const r = aggregateScores(scores, 'drop-beyond-n-sd', 1);
    expect(r.experts.filter((e) => !e.kept).map((e) => e.expertId)).toEqual([3]);
    expect(r.finalText).toBe('86.33');
    expect(r.note).toContain('15.93');
  });
  it('drop-beyond-2-sd: the limit 31.86 keeps everyone, 77.25', () => {
    expect(aggregateScores(scores, 'drop-beyond-n-sd', 2).finalText).toBe('77.25');
  });
  it('keeps all when every expert agrees (σ = 0)', () => {
    expect(aggregateScores([scores[0], scores[0]], 'drop-beyond-n-sd', 1).finalText).toBe('83.00');
  });
});

describe('scores and ranks', () => {
  it('refuses out-of-range, malformed, missing and unknown scores', () => {
    const p = checkScores(criteria, { innovation: 31, feasibility: '-1', other: 3 });
    expect(p.map((x) => x.field).sort()).toEqual(['benefit', 'feasibility', 'innovation', 'other']);
    expect(p.find((x) => x.field === 'innovation')!.message).toBe('“创新性”的分数 31 超出范围 0～30');
    expect(checkScores(criteria, sheets[0])).toEqual([]);
  });
  it('ranks 1, 2, 2, 4 with ties and puts unscored last', () => {
    const r = rankByScore([
      { id: 'a', final: ratio(80n) },
      { id: 'b', final: ratio(90n) },
      { id: 'c', final: null },
      { id: 'd', final: ratio(80n) },
      { id: 'e', final: ratio(70n) },
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['c', null],
    ]);
  });
});
