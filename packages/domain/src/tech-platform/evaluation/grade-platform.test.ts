import { describe, expect, it } from 'vitest';
import { checkManagementScore, checkQualitativeScores, gradeOf, gradePlatform, revocationDue } from './grade-platform';
import { SEED_EVAL_SCHEMES } from './seed-schemes';
import { findEvalRoundTransition, illegalEvalRoundMessage } from './round-transitions';

const def = SEED_EVAL_SCHEMES[0].definition;
const expert90 = { service: 36, effect: 27, summary: 27 };

describe('grades on the cut-offs (A ≥ 85, B ≥ 75, C ≥ 60, else D)', () => {
  it.each([
    ['100.00', 'A'],
    ['85.00', 'A'],
    ['84.99', 'B'],
    ['75.00', 'B'],
    ['74.99', 'C'],
    ['60.00', 'C'],
    ['59.99', 'D'],
    ['0.00', 'D'],
  ])('%s → %s', (total, grade) => expect(gradeOf(def, total)).toBe(grade));
});

describe('the result of a platform', () => {
  it('adds quantitative, the experts’ mean weighted to 20 points, and the bureau’s score: exactly 85 is A', () => {
    const r = gradePlatform(def, { quantitative: '50.13', expertScores: [expert90], management: '16.87' });
    expect(r).toMatchObject({ qualitative: '18.00', total: '85.00', grade: 'A' });
    expect(r.message).toBe(
      '定量 50.13 分 + 专家定性 18.00 分（1 位专家平均 90 分 × 20%） + 地方管理 16.87 分 = 85.00 分，不低于 A 档分数线 85 分，评为 A（优秀）',
    );
    expect(gradePlatform(def, { quantitative: '50.13', expertScores: [expert90], management: '16.86' }).grade).toBe(
      'B',
    );
  });
  it('averages several experts: (90 + 85) ÷ 2 = 87.5 → 17.50 points', () => {
    const r = gradePlatform(def, {
      quantitative: '30.00',
      expertScores: [expert90, { service: 34, effect: 25, summary: 26 }],
      management: '10',
    });
    expect(r).toMatchObject({ qualitative: '17.50', total: '57.50', grade: 'D' });
    expect(r.message).toContain('低于 C 档 60 分');
  });
  it('refuses expert scores outside the criteria’s range and a management score above its maximum', () => {
    expect(checkQualitativeScores(def, { service: 41, effect: 20, summary: 20 })).toEqual([
      { field: 'service', message: '“服务体系与运营管理”的分数 41 超出范围 0～40' },
    ]);
    expect(checkManagementScore(def, '20.5')).toBe('地方管理评价得分 20.5 超出范围 0～20');
    expect(checkManagementScore(def, '-1')).toBe('地方管理评价得分须为不小于 0 的数字，最多两位小数');
    expect(checkManagementScore(def, 20)).toBeNull();
  });
});

describe('two consecutive fails propose 摘牌 (docs/rules.md §5.4)', () => {
  it('proposes it on the second D of consecutive years', () => {
    expect(revocationDue(def, 2023, 'D', [{ year: 2022, grade: 'D' }])).toEqual({
      proposed: true,
      reason: '2022 年、2023 年连续 2 次评价为不合格（D），建议摘牌（撤销认定）',
    });
  });
  it('does not on a first D, a D after a pass, a gap year, or a pass after a D', () => {
    expect(revocationDue(def, 2022, 'D', []).proposed).toBe(false);
    expect(revocationDue(def, 2023, 'D', [{ year: 2022, grade: 'C' }]).proposed).toBe(false);
    expect(revocationDue(def, 2023, 'D', [{ year: 2021, grade: 'D' }]).proposed).toBe(false);
    expect(revocationDue(def, 2023, 'C', [{ year: 2022, grade: 'D' }]).proposed).toBe(false);
  });
  it('follows the scheme’s count', () => {
    const three = { ...def, revocation: { consecutiveFails: 3 } };
    expect(revocationDue(three, 2023, 'D', [{ year: 2022, grade: 'D' }]).proposed).toBe(false);
  });
});

describe('the round’s states', () => {
  it('moves forward only, and a refused move names both states', () => {
    expect(findEvalRoundTransition('open', 'reviewing')?.label).toBe('截止填报，进入评审');
    expect(findEvalRoundTransition('open', 'graded')).toBeUndefined();
    expect(illegalEvalRoundMessage('open', 'graded')).toBe(
      '评价批次状态不能从“开放填报”变为“已定级”，当前只能变为“评审中”',
    );
    expect(illegalEvalRoundMessage('published', 'open')).toBe('评价批次状态不能从“已公示”变为“开放填报”，该状态为终态');
  });
});
