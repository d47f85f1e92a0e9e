/**
 * The pure computations of the indicator table (issue 18): 完成率 against the target (direction-aware), 序时进度
 * (the share of the year elapsed at a date), the ranking among sibling regions and the change on last year.
 * Values are exact rationals; text is what the API shows.
 */
import { toDayNumber } from '../calendar/dates';
import * as exact from '../rules/exact';
import type { Ratio } from '../rules/exact';
import type { IndicatorDirection } from './indicator-values.contract';

const HUNDRED = exact.ratio(100n);

/**
 * 完成率 as a percentage: actual ÷ target when higher is better, target ÷ actual when lower is better (an energy
 * intensity under its ceiling is over 100%). Null without a usable target, or when the divisor is zero.
 */
export function completionRate(
  actual: Ratio | null,
  target: Ratio | null,
  direction: IndicatorDirection,
): Ratio | null {
  if (actual === null || target === null || exact.sign(target) <= 0) return null;
  if (direction === 'higher') return exact.mul(exact.div(actual, target), HUNDRED);
  return exact.isZero(actual) ? null : exact.mul(exact.div(target, actual), HUNDRED);
}

/** 序时进度: the days of the year elapsed at the date (the date counted) over the days of its year, as a percentage. */
export function elapsedShare(date: string): Ratio {
  const year = date.slice(0, 4);
  const first = toDayNumber(`${year}-01-01`);
  const days = toDayNumber(`${Number(year) + 1}-01-01`) - first;
  const elapsed = toDayNumber(date) - first + 1;
  return exact.mul(exact.ratio(BigInt(elapsed), BigInt(days)), HUNDRED);
}

/** A percentage shown with two decimals, truncated so that 99.999% never reads as 100.00%. */
export function percentText(p: Ratio): string {
  return exact.formatFixed(p, 2, 'floor');
}

/**
 * Standard competition ranking ("1224"): the best value is 1, equal values share a rank and the next rank skips.
 * Higher is better unless the direction says lower; a missing value is not ranked (null).
 */
export function competitionRanks(values: readonly (Ratio | null)[], direction: IndicatorDirection): (number | null)[] {
  const better = (a: Ratio, b: Ratio) => (direction === 'higher' ? exact.cmp(a, b) > 0 : exact.cmp(a, b) < 0);
  return values.map((v) => {
    if (v === null) return null;
    return 1 + values.filter((other) => other !== null && better(other, v)).length;
  });
}

/** The change on last year with its sign ('+3', '-1200000.00', '0'); null when either side is missing. */
export function changeText(actual: Ratio | null, lastYear: Ratio | null, decimals: number): string | null {
  if (actual === null || lastYear === null) return null;
  const diff = exact.sub(actual, lastYear);
  const text = exact.formatFixed(diff, decimals, 'half-up');
  return exact.sign(diff) > 0 ? `+${text}` : text;
}

/** The same period a year earlier: '2022H1' → '2021H1', a date '2022-05-31' → '2021-05-31' (29 Feb → 28 Feb). */
export function shiftYearBack(code: string): string {
  const m = /^(\d{4})(.*)$/.exec(code)!;
  const shifted = `${Number(m[1]) - 1}${m[2]}`;
  return shifted.endsWith('-02-29') ? `${shifted.slice(0, -3)}-28` : shifted;
}
