import { describe, expect, it } from 'vitest';
import * as exact from '../rules/exact';
import {
  changeText,
  competitionRanks,
  completionRate,
  elapsedShare,
  percentText,
  shiftYearBack,
} from './indicator-math';

const r = (s: string) => exact.parseDecimal(s);
const rate = (a: string | null, t: string | null, d: 'higher' | 'lower') => {
  const x = completionRate(a === null ? null : r(a), t === null ? null : r(t), d);
  return x === null ? null : percentText(x);
};

describe('完成率 is direction-aware', () => {
  it('divides the actual by the target when higher is better', () => {
    expect(rate('35', '40', 'higher')).toBe('87.50');
    expect(rate('45', '40', 'higher')).toBe('112.50');
    expect(rate('0', '40', 'higher')).toBe('0.00');
  });
  it('divides the target by the actual when lower is better (under a ceiling is over 100%)', () => {
    expect(rate('0.40', '0.50', 'lower')).toBe('125.00');
    expect(rate('0.60', '0.50', 'lower')).toBe('83.33');
  });
  it('has no rate without a target, with a zero target, or with a zero actual of a lower-is-better indicator', () => {
    expect(rate('3', null, 'higher')).toBeNull();
    expect(rate(null, '3', 'higher')).toBeNull();
    expect(rate('3', '0', 'higher')).toBeNull();
    expect(rate('0', '3', 'lower')).toBeNull();
  });
  it('truncates, so 2 of 3 reads 66.66 and never rounds up to a threshold', () => {
    expect(rate('2', '3', 'higher')).toBe('66.66');
    expect(rate('99999', '100000', 'higher')).toBe('99.99');
  });
});

describe('序时进度 is the share of the year elapsed at the date', () => {
  it('counts the date itself: 30 June 2022 is day 181 of 365', () => {
    expect(percentText(elapsedShare('2022-06-30'))).toBe('49.58');
    expect(percentText(elapsedShare('2022-01-01'))).toBe('0.27');
    expect(percentText(elapsedShare('2022-12-31'))).toBe('100.00');
  });
  it('uses 366 days in a leap year', () => {
    // 2024-06-30 is day 182 of 366.
    expect(percentText(elapsedShare('2024-06-30'))).toBe('49.72');
  });
});

describe('ranking among sibling regions (standard competition ranking)', () => {
  it('gives equal values the same rank and skips the next', () => {
    const values = ['22', '30', '22', '15', '30', '9'].map(r);
    expect(competitionRanks(values, 'higher')).toEqual([3, 1, 3, 5, 1, 6]);
  });
  it('ranks the smallest first when lower is better, and leaves a missing value unranked', () => {
    expect(competitionRanks([r('0.5'), null, r('0.4'), r('0.5')], 'lower')).toEqual([2, null, 1, 2]);
  });
  it('ranks a single region first', () => {
    expect(competitionRanks([r('0')], 'higher')).toEqual([1]);
  });
});

describe('change on the same period last year', () => {
  it('signs the difference and keeps the indicator’s decimals', () => {
    expect(changeText(r('25'), r('22'), 0)).toBe('+3');
    expect(changeText(r('6000000'), r('7200000'), 2)).toBe('-1200000.00');
    expect(changeText(r('5'), r('5'), 0)).toBe('0');
    expect(changeText(r('5'), null, 0)).toBeNull();
  });
  it('moves a period or a date back one year (29 February to 28 February)', () => {
    expect(shiftYearBack('2022H1')).toBe('2021H1');
    expect(shiftYearBack('2022')).toBe('2021');
    expect(shiftYearBack('2022-05-31')).toBe('2021-05-31');
    expect(shiftYearBack('2024-02-29')).toBe('2023-02-28');
  });
});
