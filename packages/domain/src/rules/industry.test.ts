import { describe, expect, it } from 'vitest';
import { checkNegativeList, parseIndustryCode } from './industry';

describe('parseIndustryCode', () => {
  it.each([
    ['C3511', 'C3511', 'C', '35'],
    ['3511', 'C3511', 'C', '35'],
    ['c 35', 'C35', 'C', '35'],
    ['701', 'K701', 'K', '70'],
    ['0111', 'A0111', 'A', '01'],
    ['9700', 'T9700', 'T', '97'],
  ])('%j → %s', (input, code, section, division) => {
    expect(parseIndustryCode(input)).toEqual({ code, section, division });
  });

  it.each(['C', '35111', 'H5211', '98', 'X35', ''])('%j is rejected', (input) => {
    expect(parseIndustryCode(input)).toBeNull();
  });
});

describe('checkNegativeList', () => {
  it('without a share the code is treated as the main business', () => {
    expect(checkNegativeList('F5211')).toMatchObject({ listed: true, excluded: true });
  });
  it('explains the 50% (exclusive) rule', () => {
    expect(checkNegativeList('F5211', 0.5).message).toContain('未超过 50%（不含）');
    expect(checkNegativeList('F5211', 0.6).message).toContain('超过 50%（不含），不适用');
  });
});
