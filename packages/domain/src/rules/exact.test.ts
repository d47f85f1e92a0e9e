import { describe, expect, it } from 'vitest';
import {
  cmp,
  div,
  formatFixed,
  formatPercent,
  formatWan,
  formatYuan,
  formatYuanGrouped,
  fromPercent,
  parseDecimal,
  ratio,
} from './exact';

describe('parseDecimal', () => {
  it.each([
    ['0.06', 3n, 50n],
    [0.06, 3n, 50n],
    ['1e8', 100000000n, 1n],
    [1e21, 10n ** 21n, 1n],
    ['-1.5', -3n, 2n],
    [' 12345.67 ', 1234567n, 100n],
    ['.5', 1n, 2n],
    ['7.', 7n, 1n],
    [0, 0n, 1n],
  ])('%s → %s/%s', (input, n, d) => {
    expect(parseDecimal(input)).toEqual({ n, d });
  });

  it.each(['abc', '', '.', '1,000', '1万'])('rejects %j', (input) => {
    expect(() => parseDecimal(input)).toThrow(/不是有效数字/);
  });

  it('rejects non-finite numbers', () => {
    expect(() => parseDecimal(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => parseDecimal(Number.NaN)).toThrow();
  });
});

describe('exact comparison at band edges', () => {
  it('4.02 / 67 is exactly 6% although the float quotient is 0.05999…', () => {
    expect(4.02 / 67 < 0.06).toBe(true); // the trap this module exists for
    expect(cmp(div(parseDecimal('4.02'), parseDecimal(67)), fromPercent(6))).toBe(0);
  });
});

describe('formatting', () => {
  it.each([
    [ratio(42n, 1000n), '4.20%'],
    [ratio(5999n, 100000n), '5.99%'], // truncated, never shown as 6.00%
    [ratio(1n, 3n), '33.33%'],
    [ratio(2n, 3n), '66.66%'],
    [ratio(1n, 1000000n), '不足 0.01%'],
    [ratio(-225n, 1000n), '-22.50%'],
    [ratio(0n), '0.00%'],
  ])('formatPercent(%o) = %s', (r, s) => {
    expect(formatPercent(r)).toBe(s);
  });

  it.each([
    ['50000000', '5000 万元'],
    ['50000000.01', '5000.000001 万元'],
    ['425000', '42.5 万元'],
    ['0', '0 万元'],
  ])('formatWan(%s) = %s', (yuan, s) => {
    expect(formatWan(parseDecimal(yuan))).toBe(s);
  });

  it.each([
    ['1.005', '1.01'], // half-up on the exact value (a float would give 1.00)
    ['-1.005', '-1.01'],
    ['2.004', '2.00'],
    ['1200000.012', '1200000.01'],
  ])('formatYuan(%s) = %s', (v, s) => {
    expect(formatYuan(parseDecimal(v))).toBe(s);
  });

  it('floors negatives toward −∞', () => {
    expect(formatFixed(ratio(-1n, 3n), 2, 'floor')).toBe('-0.34');
  });
});

describe('formatYuanGrouped', () => {
  it.each([
    ['0', '0.00'],
    ['999.995', '1,000.00'],
    ['1250000', '1,250,000.00'],
    ['-1234567.891', '-1,234,567.89'],
  ])('formatYuanGrouped(%s) = %s', (v, s) => {
    expect(formatYuanGrouped(parseDecimal(v))).toBe(s);
  });
});
