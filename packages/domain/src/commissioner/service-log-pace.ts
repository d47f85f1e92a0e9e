import { daysBetween } from '../calendar/dates';

/**
 * A commissioner's service days in a year against the level's minimum (docs/rules.md §5.1: e.g. 60 days a year for
 * the province level), and the pace: the minimum × the elapsed share of the part of the year the term covers (a term
 * that starts mid-year is measured from its start). Logged days still 待确认 count toward the pace (the service was
 * done), not toward the confirmed total.
 */
export interface ServiceDayCount {
  year: number;
  confirmedDays: number;
  pendingDays: number;
  minServiceDays: number;
  /** Days that should have been served by `today` (one decimal). */
  expectedDays: number;
  /** Confirmed plus pending below the expected pace. */
  behind: boolean;
  /** What the numbers mean, in Chinese. */
  explanation: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The counter of one commissioner for `year` as of `today` (dates 'YYYY-MM-DD'). */
export function serviceDayCount(o: {
  year: number;
  confirmedDays: number;
  pendingDays: number;
  minServiceDays: number;
  termStart: string;
  termEnd: string;
  today: string;
}): ServiceDayCount {
  const yearStart = `${o.year}-01-01`;
  const yearEnd = `${o.year}-12-31`;
  const start = o.termStart > yearStart ? o.termStart : yearStart;
  const end = o.termEnd < yearEnd ? o.termEnd : yearEnd;
  let expected = 0;
  let share = '';
  if (start <= end && o.today >= start) {
    const upTo = o.today < end ? o.today : end;
    const elapsed = daysBetween(start, upTo) + 1;
    const length = daysBetween(start, end) + 1;
    expected = round1((o.minServiceDays * elapsed) / length);
    share = `${start} 至 ${upTo} 已过 ${elapsed}/${length} 天`;
  }
  const done = o.confirmedDays + o.pendingDays;
  const behind = done < expected;
  const explanation =
    `${o.year} 年已确认 ${o.confirmedDays} 天、待确认 ${o.pendingDays} 天，年度要求 ${o.minServiceDays} 天` +
    (share ? `；${share}，按进度应达 ${expected} 天` : '；本年度尚未进入聘期') +
    (behind ? `，落后 ${round1(expected - done)} 天` : '');
  return { ...o, expectedDays: expected, behind, explanation };
}
