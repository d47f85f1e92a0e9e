import { describe, expect, it } from 'vitest';
import { scoreGrowth } from './high-tech-growth';

const pts = (...values: (number | string)[]) => values.map((value, i) => ({ year: 2021 + i, value }));

describe('growth bands on two years of operation (rate = 第二年/第一年 − 1)', () => {
  it.each([
    ['135', 'A', 9, 10],
    ['134.99', 'B', 7, 8],
    ['125', 'B', 7, 8],
    ['124.99', 'C', 5, 6],
    ['115', 'C', 5, 6],
    ['114.99', 'D', 3, 4],
    ['105', 'D', 3, 4],
    ['104.99', 'E', 1, 2],
    ['100.01', 'E', 1, 2],
    ['100', 'F', 0, 0], // 0% is not "> 0"
    ['90', 'F', 0, 0], // negative growth → 0
  ])('100 → %s: band %s, %i–%i points', (second, band, min, max) => {
    const g = scoreGrowth('销售收入增长率', pts('100', second));
    expect(g.rule).toBe('two-years');
    expect([g.bandId, g.minPoints, g.maxPoints]).toEqual([band, min, max]);
  });
});

describe('three-year formula ½ × (v2/v1 + v3/v2) − 1', () => {
  it('1000, 1200, 1500 万元 → ½ × (1.2 + 1.25) − 1 = 22.50%, band C', () => {
    const g = scoreGrowth('销售收入增长率', pts(10000000, 12000000, 15000000));
    expect([g.rule, g.value, g.bandId, g.minPoints, g.maxPoints]).toEqual(['three-years', '22.50%', 'C', 5, 6]);
    expect(g.message).toContain(
      '½ ×（2022 年 1,200.00 万元 ÷ 2021 年 1,000.00 万元 + 2023 年 1,500.00 万元 ÷ 2022 年 1,200.00 万元）− 1 = 22.50%',
    );
  });

  it.each([
    ['170', '35.00%', 'A'], // ½ × (1 + 1.7) − 1 = 0.35 exactly
    ['169.98', '34.99%', 'B'], // ½ × (1 + 1.6998) − 1 = 0.3499
  ])('100, 100, %s → %s (band %s)', (third, value, band) => {
    const g = scoreGrowth('净资产增长率', pts('100', '100', third));
    expect([g.value, g.bandId]).toEqual([value, band]);
  });

  it('negative growth (100, 80, 60 → −22.50%) scores 0', () => {
    const g = scoreGrowth('净资产增长率', pts(100, 80, 60));
    expect([g.value, g.bandId, g.maxPoints]).toEqual(['-22.50%', 'F', 0]);
  });

  it('sorts by year and uses the last three', () => {
    const g = scoreGrowth('销售收入增长率', [
      { year: 2023, value: 15 },
      { year: 2020, value: 1 },
      { year: 2021, value: 10 },
      { year: 2022, value: 12 },
    ]);
    expect(g.value).toBe('22.50%');
  });
});

describe('zero rules', () => {
  it('first year 0 → computed on the last two years (150 / 100 − 1 = 50%)', () => {
    const g = scoreGrowth('净资产增长率', pts(0, 100, 150));
    expect([g.rule, g.value, g.bandId]).toEqual(['first-year-zero', '50.00%', 'A']);
    expect(g.message).toContain('第一年为 0，按后两年计算');
  });

  it('second year 0 → 0 points', () => {
    const g = scoreGrowth('净资产增长率', pts(100, 0, 150));
    expect([g.rule, g.value, g.minPoints, g.maxPoints]).toEqual(['second-year-zero', null, 0, 0]);
  });

  it('first and second year 0 → 0 points', () => {
    expect(scoreGrowth('净资产增长率', pts(0, 0, 150)).maxPoints).toBe(0);
  });

  it('one year only → not computable, 0 points', () => {
    const g = scoreGrowth('销售收入增长率', pts(100));
    expect([g.rule, g.maxPoints]).toEqual(['not-computable', 0]);
  });

  it('two years with the first 0 → not computable, 0 points', () => {
    expect(scoreGrowth('销售收入增长率', pts(0, 100)).rule).toBe('not-computable');
  });

  it('flags a negative base year for expert review', () => {
    expect(scoreGrowth('净资产增长率', pts(-100, 50, 100)).message).toContain('专家复核');
  });
});
