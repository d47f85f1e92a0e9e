import { describe, expect, it } from 'vitest';
import type { TDeductionRatioInput } from './rd-deduction';
import { deductionRatio, estimateDeduction } from './rd-deduction';

type Type = TDeductionRatioInput['enterpriseType'];
const ratioOf = (enterpriseType: Type, year: number, quarter?: number, extra: Partial<TDeductionRatioInput> = {}) =>
  deductionRatio({ year, quarter, enterpriseType, industryCode: 'C3511', ...extra });

describe('ratio by period and enterprise type (docs/rules.md §3.1)', () => {
  it.each<[Type, number, number | undefined, number, number]>([
    ['general', 2016, undefined, 50, 150],
    ['general', 2017, 4, 50, 150], // 2017-12-31 …
    ['general', 2018, 1, 75, 175], // … vs 2018-01-01
    ['tech-sme', 2016, undefined, 50, 150],
    ['tech-sme', 2017, undefined, 75, 175],
    ['tech-sme', 2018, undefined, 75, 175],
    ['tech-sme', 2021, 4, 75, 175], // 2021-12-31 …
    ['tech-sme', 2022, 1, 100, 200], // … vs 2022-01-01
    ['manufacturing', 2017, undefined, 50, 150],
    ['manufacturing', 2020, 4, 75, 175], // 2020-12-31 …
    ['manufacturing', 2021, 1, 100, 200], // … vs 2021-01-01
    ['manufacturing', 2023, undefined, 100, 200],
    ['general', 2022, 4, 75, 175], // temporary Q4 uplift is off by default
    ['general', 2023, 1, 100, 200], // 2023-01-01: all 100%
    ['general', 2030, undefined, 100, 200], // permanent
    ['ic-or-machine-tool', 2022, undefined, 75, 175],
    ['ic-or-machine-tool', 2023, 1, 120, 220],
    ['ic-or-machine-tool', 2027, 4, 120, 220], // 2027-12-31 …
    ['ic-or-machine-tool', 2028, 1, 100, 200], // … vs 2028-01-01
  ])('%s %i Q%s → %i%% (intangible %i%%)', (type, year, quarter, expensed, intangible) => {
    const r = ratioOf(type, year, quarter);
    expect([r.eligible, r.expensedPercent, r.intangiblePercent]).toEqual([true, expensed, intangible]);
  });

  it('names the policy document in the explanation', () => {
    const r = ratioOf('ic-or-machine-tool', 2024);
    expect(r.period?.id).toBe('gg-2023-44');
    expect(r.lines.join('\n')).toContain('公告2023年第44号');
  });

  it('before 2016 the table has no answer', () => {
    const r = ratioOf('general', 2015);
    expect([r.eligible, r.expensedPercent, r.period]).toEqual([false, 0, null]);
    expect(r.lines[0]).toContain('不在加计扣除政策表覆盖范围');
  });
});

describe('optional 2022 Q4 uplift (公告2022年第28号)', () => {
  it.each<[Type, number | undefined, number]>([
    ['general', 4, 100],
    ['general', 3, 75],
    ['general', undefined, 75], // the row covers Q4 only, not the whole year
    ['ic-or-machine-tool', 4, 100],
    ['tech-sme', 4, 100], // already 100% all year
  ])('%s, Q%s with the option on → %i%%', (type, quarter, expensed) => {
    expect(ratioOf(type, 2022, quarter, { includeOptionalRows: true }).expensedPercent).toBe(expensed);
  });

  it('is mentioned, not applied, by default', () => {
    const r = ratioOf('general', 2022);
    expect(r.expensedPercent).toBe(75);
    expect(r.lines.some((l) => l.includes('公告2022年第28号') && l.includes('默认未启用'))).toBe(true);
  });
});

describe('财税〔2015〕119号 negative list', () => {
  it.each([
    ['C1610', '烟草制品业'],
    ['H6110', '住宿业'],
    ['H6210', '餐饮业'],
    ['F5111', '批发业'],
    ['F5211', '零售业'],
    ['K7010', '房地产业'],
    ['L7111', '租赁业'],
    ['L7211', '商务服务业'],
    ['R9011', '娱乐业'],
    ['5211', '零售业'], // digits only: 门类 derived from the 大类
    ['r 90', '娱乐业'],
  ])('%s (%s) is excluded', (industryCode, name) => {
    const r = ratioOf('general', 2023, undefined, { industryCode });
    expect([r.eligible, r.expensedPercent, r.intangiblePercent]).toEqual([false, 0, 100]);
    expect(r.negativeList.row?.divisionName).toBe(name);
    expect(r.lines[0]).toContain('不适用');
  });

  it.each(['C1510', 'R8910', 'C3511', 'I6510', 'M7320'])('%s is not on the list', (industryCode) => {
    expect(ratioOf('general', 2023, undefined, { industryCode }).eligible).toBe(true);
  });

  it.each([
    [0.5, true], // exactly 50% is not "more than 50%"
    ['0.5000001', false],
    ['0.51', false],
    [0.3, true],
    [1, false],
  ])('retail income share %s → eligible %s', (mainBusinessShare, eligible) => {
    expect(ratioOf('general', 2023, undefined, { industryCode: 'F5211', mainBusinessShare }).eligible).toBe(eligible);
  });

  it('rejects a code whose letter contradicts its 大类', () => {
    expect(() => ratioOf('general', 2023, undefined, { industryCode: 'H5211' })).toThrow(/行业代码/);
  });

  it('hints when a "manufacturing" enterprise has a non-manufacturing code', () => {
    const r = ratioOf('manufacturing', 2023, undefined, { industryCode: 'I6510' });
    expect(r.lines.some((l) => l.includes('不属于制造业'))).toBe(true);
  });
});

describe('estimateDeduction', () => {
  it('100% on 100 万 at 25% → deduction 100 万, saving 25 万', () => {
    const e = estimateDeduction({
      expensedRd: 1000000,
      ratio: { expensedPercent: 100, intangiblePercent: 200 },
      taxRate: 'general',
    });
    expect([e.deduction, e.taxRatePercent, e.taxSaving]).toEqual(['1000000.00', 25, '250000.00']);
  });

  it('75% + amortisation (175%) for a 高企 at 15%: 315 + 22.5 = 337.5 万, saving 50.625 万', () => {
    const ratio = ratioOf('general', 2022);
    const e = estimateDeduction({
      expensedRd: '4200000',
      capitalisedRdAmortisation: 300000,
      ratio,
      taxRate: 'high-tech',
    });
    expect([e.expensedDeduction, e.intangibleDeduction, e.deduction, e.taxSaving]).toEqual([
      '3150000.00',
      '225000.00',
      '3375000.00',
      '506250.00',
    ]);
    expect(e.lines[0]).toBe('费用化研发费用 420.00 万元 × 加计扣除比例 75% = 315.00 万元');
    expect(e.lines[3]).toContain('15%（高新技术企业）');
  });

  it('120% / 220% rounds only at the end, half-up to the 分', () => {
    // 1,000,000.01 × 1.2 = 1,200,000.012; + 100,000 × 1.2 = 1,320,000.012; × 25% = 330,000.003
    const e = estimateDeduction({
      expensedRd: '1000000.01',
      capitalisedRdAmortisation: '100000',
      ratio: { expensedPercent: 120, intangiblePercent: 220 },
      taxRate: 'general',
    });
    expect([e.expensedDeduction, e.deduction, e.taxSaving]).toEqual(['1200000.01', '1320000.01', '330000.00']);
  });

  it('an excluded enterprise (0%, 100%) gets nothing', () => {
    const ratio = ratioOf('general', 2023, undefined, { industryCode: 'K7010' });
    const e = estimateDeduction({ expensedRd: 1000000, capitalisedRdAmortisation: 50000, ratio, taxRate: 'general' });
    expect([e.deduction, e.taxSaving]).toEqual(['0.00', '0.00']);
  });
});
