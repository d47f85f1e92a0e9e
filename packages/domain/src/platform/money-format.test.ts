import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../rules/exact';
import {
  formatWanAgainst,
  formatWanAmount,
  formatWanText,
  formatYuanAmount,
  formatYuanText,
  NO_AMOUNT,
  wanInputToYuan,
} from './money-format';

describe('万元 with 2 decimals, exact', () => {
  it.each([
    ['107040261.5', '10,704.03'], // the explanation that used to read 10704.02615 万元
    ['72000000.00', '7,200.00'],
    ['1300000', '130.00'],
    ['0', '0.00'],
    ['0.01', '0.00'],
    ['49.99', '0.00'],
    ['50', '0.01'], // half a cent of 万元 rounds up
    ['12345678901234.56', '1,234,567,890.12'], // beyond 2^53 分, where a float would already be off
    ['-2500000', '-250.00'], // 净资产 may be negative
    ['1,250,000.00', '125.00'], // separators in the input are read, not refused
  ])('formatWanAmount(%j) = %s', (yuan, shown) => {
    expect(formatWanAmount(yuan)).toBe(shown);
  });

  it('does not go through floating point: a GDP-sized amount keeps the cents that decide its rounding', () => {
    // Number('999999999999949.99') is 999999999999950, and ÷ 10000 as a float rounds up to 100,000,000,000.00.
    expect(formatWanAmount('999999999999949.99')).toBe('99,999,999,999.99');
    expect(formatWanAmount('99999999999999.99')).toBe('10,000,000,000.00');
  });

  it('reads numbers by their shortest decimal form (what was typed) and exact ratios as they are', () => {
    expect(formatWanAmount(16_800_000)).toBe('1,680.00');
    expect(formatWanAmount(0.1)).toBe('0.00');
    expect(formatWanAmount(parseDecimal('425000'))).toBe('42.50');
  });

  it('shows a dash for a missing amount and returns text that is not a number unchanged', () => {
    expect(formatWanAmount(null)).toBe(NO_AMOUNT);
    expect(formatWanAmount(undefined)).toBe(NO_AMOUNT);
    expect(formatWanAmount('')).toBe(NO_AMOUNT);
    expect(formatWanText(null)).toBe(NO_AMOUNT);
    expect(formatWanAmount('十万')).toBe('十万');
  });

  it('formatWanText adds the unit', () => {
    expect(formatWanText('107040261.5')).toBe('10,704.03 万元');
    expect(formatWanText('565000000000')).toBe('56,500,000.00 万元');
  });
});

describe('元 with thousands separators', () => {
  it.each([
    ['16800000.00', '16,800,000.00'], // the timeline detail that used to read 16800000.00 元
    ['16800000', '16,800,000.00'],
    ['1234.5', '1,234.50'],
    ['999.995', '1,000.00'], // half-up to the 分
    ['0', '0.00'],
    ['-1234567.8', '-1,234,567.80'],
    ['90071992547409.93', '90,071,992,547,409.93'], // above Number.MAX_SAFE_INTEGER in 分
  ])('formatYuanAmount(%j) = %s', (yuan, shown) => {
    expect(formatYuanAmount(yuan)).toBe(shown);
  });

  it('formatYuanText adds the unit; a missing amount is a dash', () => {
    expect(formatYuanText('928456.78')).toBe('928,456.78 元');
    expect(formatYuanText(undefined)).toBe(NO_AMOUNT);
  });
});

describe('an amount set against a bound', () => {
  it('is shown in 万元 unless the rounding would make it read the same as a bound it differs from', () => {
    expect(formatWanAgainst('150000000', '200000000')).toBe('15,000.00 万元');
    expect(formatWanAgainst('200000000', '200000000')).toBe('20,000.00 万元');
    expect(formatWanAgainst('200000000.01', '200000000')).toBe('200,000,000.01 元');
    expect(formatWanAgainst('49999999.99', '50000000')).toBe('49,999,999.99 元');
    expect(formatWanAgainst(null, '50000000')).toBe(NO_AMOUNT);
  });
});

describe('万元 typed in a form → 元 on the wire', () => {
  it.each([
    ['12.5', '125000.00'],
    [12.5, '125000.00'],
    ['200', '2000000.00'],
    ['12.345678', '123456.78'],
    [0.1, '1000.00'], // 0.1 as typed, not 0.1000000000000000055…
    ['0', '0.00'],
    [' 3 ', '30000.00'],
  ])('wanInputToYuan(%j) = %s', (wan, yuan) => {
    expect(wanInputToYuan(wan)).toBe(yuan);
  });

  it.each([null, undefined, '', '-1', '1.2345678', 'abc', Number.NaN, 1e21])('wanInputToYuan(%j) is null', (wan) => {
    expect(wanInputToYuan(wan as string | number | null | undefined)).toBeNull();
  });
});
