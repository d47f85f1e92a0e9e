import { describe, expect, it } from 'vitest';
import { evaluateHighTech } from './high-tech';
import type { THighTechInput } from './high-tech-schema';

type Year = THighTechInput['years'][number];
const year = (
  y: number,
  revenue: number | string,
  rdExpense: number | string,
  netAssets: number | string = 1000000,
): Year => ({
  year: y,
  revenue,
  rdExpense,
  domesticRdExpense: rdExpense,
  netAssets,
});

// Meets every hard condition: 3-year R&D 190 / 3700 万元 = 5.13% (latest revenue 1500 万元 → needs 5%).
const BASE: THighTechInput = {
  asOf: '2024-05-10',
  registeredOn: '2021-03-01',
  coreIpOwned: true,
  techDomain: 'advanced-manufacturing',
  staffTotal: 100,
  techStaff: 12,
  years: [
    year(2021, 10000000, 500000, 4000000),
    year(2022, 12000000, 600000, 5000000),
    year(2023, 15000000, 800000, 6000000),
  ],
  highTechIncome: 10000000,
  totalIncome: 15000000,
  majorIncident: false,
  innovation: {
    ip: {
      advancement: 'B',
      coreSupport: 'B',
      classICount: 1,
      classIICount: 4,
      selfDeveloped: true,
      standardParticipation: true,
    },
    conversionsPerYear: [3, 4, 5],
    management: {
      rdManagementSystem: true,
      rdInstitutionAndCooperation: true,
      conversionIncentive: false,
      talentSystem: true,
    },
  },
};
const run = (over: Partial<THighTechInput>) => evaluateHighTech({ ...BASE, ...over });
const condition = (over: Partial<THighTechInput>, id: string) => run(over).conditions.find((c) => c.id === id);

describe('worked example', () => {
  it('passes all conditions; innovation 50–80 → 可能通过', () => {
    const r = run({});
    expect(r.conditionsPassed).toBe(true);
    // growth: both 22.50% → C 5–6 each; IP 5+5+7+1+0 … 6+6+8+6+2 = 18–28; conversion avg 4 → 19–24; management 3–16
    expect([r.growth.minPoints, r.growth.maxPoints]).toEqual([10, 12]);
    expect([r.innovation.ip.minPoints, r.innovation.ip.maxPoints]).toEqual([18, 28]);
    expect([r.innovation.minTotal, r.innovation.maxTotal]).toEqual([50, 80]);
    expect(r.verdict.outcome).toBe('可能通过');
    expect(condition({}, 'rd-ratio')?.message).toContain(
      '2021–2023 年研发费用总额 190.00 万元 ÷ 销售收入总额 3,700.00 万元 = 5.13%',
    );
  });

  it('names the latest revenue beside its band in 万元, and in 元 where 万元 would put it on the band edge', () => {
    const latest = (revenue: string) =>
      condition({ years: [year(2022, revenue, 3000000), year(2023, revenue, 3000000)] }, 'rd-ratio')?.message;
    expect(latest('107040261.5')).toContain('最近一年（2023 年）销售收入 10,704.03 万元，属');
    expect(latest('50000000')).toContain('销售收入 5,000.00 万元，属“最近一年销售收入 5000 万元（含）以下”');
    expect(latest('50000000.01')).toContain('销售收入 50,000,000.01 元，属“最近一年销售收入 5000 万元至 2 亿元');
  });

  it('has the eight hard conditions in the order of 第十一条', () => {
    expect(run({}).conditions.map((c) => c.id)).toEqual([
      'registered-one-year',
      'core-ip',
      'tech-domain',
      'tech-staff',
      'rd-ratio',
      'domestic-rd',
      'high-tech-income',
      'no-major-incident',
    ]);
  });
});

describe('注册成立一年以上 (≥365 days)', () => {
  it.each([
    ['2023-05-10', '2024-05-09', 365, true], // spans 2024-02-29
    ['2023-05-10', '2024-05-08', 364, false],
    ['2022-03-01', '2023-03-01', 365, true],
    ['2022-03-01', '2023-02-28', 364, false],
  ])('registered %s, applying %s → %i days, %s', (registeredOn, asOf, days, passed) => {
    const c = condition({ registeredOn, asOf }, 'registered-one-year');
    expect([c?.values.days, c?.passed]).toEqual([days, passed]);
  });
});

describe('科技人员 ≥10%', () => {
  it.each([
    [10, 100, true],
    [9, 100, false],
    [1, 10, true],
    [0, 0, false],
  ])('%i / %i → %s', (techStaff, staffTotal, passed) => {
    expect(condition({ techStaff, staffTotal }, 'tech-staff')?.passed).toBe(passed);
  });
});

describe('R&D intensity by the latest year revenue band', () => {
  it.each([
    // latest revenue exactly 5000 万 → still the ≥5% band
    [50000000, 2250000, 5, false],
    [50000000, 2500000, 5, true],
    [50000000.01, 2250000, 4, true],
    // exactly 2 亿 → still the ≥4% band
    [200000000, 7000000, 4, false],
    [200000000, 8000000, 4, true],
    ['200000000.01', 7000000, 3, true],
    ['200000000.01', 5999999, 3, false],
    // exact 5% edge
    [30000000, 1500000, 5, true],
    [30000000, '1499999.99', 5, false],
  ])('one year, revenue %s, R&D %s → requires %i%%, passes %s', (revenue, rd, required, passed) => {
    const c = condition({ years: [year(2023, revenue, rd)] }, 'rd-ratio');
    expect([c?.values.requiredPercent, c?.passed]).toEqual([required, passed]);
  });

  it('uses the 3-year totals, not the latest year (0 + 0 + 150 万 over 3000 万 = 5%)', () => {
    const c = condition(
      { years: [year(2021, 10000000, 0), year(2022, 10000000, 0), year(2023, 10000000, 1500000)] },
      'rd-ratio',
    );
    expect([c?.values.ratio, c?.passed]).toEqual(['5.00%', true]);
  });

  it('takes the band from the latest year even if given out of order', () => {
    const c = condition(
      { years: [year(2023, 60000000, 2400000), year(2022, 10000000, 200000), year(2021, 20000000, 1000000)] },
      'rd-ratio',
    );
    // 360 / 9000 万 = 4%, latest (2023) revenue 6000 万 → 4% band
    expect([c?.values.requiredPercent, c?.values.ratio, c?.passed]).toEqual([4, '4.00%', true]);
  });

  it('zero revenue fails with an explanation', () => {
    const c = condition({ years: [year(2023, 0, 0)] }, 'rd-ratio');
    expect(c?.passed).toBe(false);
    expect(c?.message).toContain('销售收入总额为 0');
  });
});

describe('境内研发费用 ≥60% and 高新技术产品收入 ≥60%', () => {
  const y = (domestic: string): Year => ({
    year: 2023,
    revenue: 10000000,
    rdExpense: 1000000,
    domesticRdExpense: domestic,
    netAssets: 1,
  });
  it.each([
    ['600000', true],
    ['599999.99', false],
  ])('domestic %s of 100 万 → %s', (domestic, passed) => {
    expect(condition({ years: [y(domestic)] }, 'domestic-rd')?.passed).toBe(passed);
  });

  it.each([
    [6000000, 10000000, true],
    ['5999999.99', 10000000, false],
    [0, 0, false],
  ])('high-tech income %s of %s → %s', (highTechIncome, totalIncome, passed) => {
    expect(condition({ highTechIncome, totalIncome }, 'high-tech-income')?.passed).toBe(passed);
  });
});

describe('each failed hard condition makes the verdict 不符合条件', () => {
  it.each<[string, Partial<THighTechInput>]>([
    ['registered-one-year', { registeredOn: '2024-01-01' }],
    ['core-ip', { coreIpOwned: false }],
    ['tech-domain', { techDomain: null }],
    ['tech-staff', { techStaff: 9 }],
    ['no-major-incident', { majorIncident: true }],
  ])('%s', (id, over) => {
    const r = run(over);
    expect(r.conditions.filter((c) => !c.passed).map((c) => c.id)).toEqual([id]);
    expect(r.verdict.outcome).toBe('不符合条件');
    expect(r.innovation.outcome).toBe('可能通过'); // the innovation estimate is still reported
  });
});

describe('高新技术领域 by id or by code-table code', () => {
  it.each([
    ['advanced-manufacturing', '八、先进制造与自动化'],
    ['08', '八、先进制造与自动化'],
    ['0401', '四、新材料'],
    ['010101', '一、电子信息'],
  ])('%s → %s', (techDomain, name) => {
    const c = condition({ techDomain }, 'tech-domain');
    expect(c?.passed).toBe(true);
    expect(c?.message).toContain(name);
  });

  it.each(['09', 'aviation', '8'])('rejects %s', (techDomain) => {
    expect(() => run({ techDomain })).toThrow();
  });
});

describe('validation', () => {
  it('rejects non-consecutive years', () => {
    expect(() => run({ years: [year(2021, 1, 0), year(2023, 1, 0)] })).toThrow(/连续/);
  });
  it('rejects domestic R&D above total R&D', () => {
    expect(() => run({ years: [{ ...year(2023, 1, 1), domesticRdExpense: 2 }] })).toThrow(/境内研发费用/);
  });
});
