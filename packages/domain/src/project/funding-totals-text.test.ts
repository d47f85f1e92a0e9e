import { describe, expect, it } from 'vitest';
import { fundingKindTotalsText } from './funding-totals-text';

describe('fundingKindTotalsText', () => {
  it('names each kind with its own total and source levels, and never adds kinds together', () => {
    const text = fundingKindTotalsText([
      {
        kind: 'grant',
        label: '下达资金',
        amount: '2700000.00',
        count: 3,
        bySource: [
          { sourceLevel: 'provincial', label: '省级', amount: '2000000.00', count: 1 },
          { sourceLevel: 'county', label: '县级', amount: '700000.00', count: 2 },
        ],
      },
      {
        kind: 'matching',
        label: '企业自筹配套',
        amount: '300000.5',
        count: 1,
        bySource: [],
      },
    ]);
    expect(text).toBe('下达资金 270.00 万元（省级 200.00 万元、县级 70.00 万元）；企业自筹配套 30.00 万元');
    expect(text).not.toContain('300.00');
  });

  it('gives an export the same in 元, exact to the 分', () => {
    const text = fundingKindTotalsText(
      [
        {
          kind: 'grant',
          label: '下达资金',
          amount: '30000019999999999.97',
          count: 2,
          bySource: [{ sourceLevel: 'county', label: '县级', amount: '30000019999999999.97', count: 2 }],
        },
      ],
      'yuan',
    );
    expect(text).toBe('下达资金 30,000,019,999,999,999.97 元（县级）');
  });

  it('says so when nothing matches', () => {
    expect(fundingKindTotalsText([])).toBe('无资金记录');
  });
});
