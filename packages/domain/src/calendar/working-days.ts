import { dayOfWeek, fromDayNumber, toDayNumber, yearOf } from './dates';
import { daysOff, type HolidayPeriod } from './holiday-arrangement';
import { statutoryHolidays, type LunarAnchors } from './statutory-holidays';

/**
 * A working-day calendar: the State Council arrangements entered so far, and for any other year the statutory
 * holidays computed by rule (an estimate: a notice also moves weekends, 调休).
 */
export interface WorkingDayCalendar {
  /** date → holiday name, for every day off in the arrangements. */
  readonly holidays: ReadonlyMap<string, string>;
  /** date → holiday name, for every weekend day worked in exchange (调休上班). */
  readonly workdays: ReadonlyMap<string, string>;
  /** Years whose arrangement is in the calendar: their dates are decided by it and the weekends. */
  readonly arrangedYears: ReadonlySet<number>;
  /** A year without an arrangement: its statutory days off by rule, or undefined when it cannot be estimated. */
  statutoryHolidays(year: number): ReadonlyMap<string, string> | undefined;
}

/**
 * Builds a calendar from arrangement rows (one per year) and, for the years without one, the lunar dates their
 * statutory holidays hang on (the server computes them with a lunar library). Without `lunarAnchors` a date in a
 * year without an arrangement is refused.
 */
export function createWorkingDayCalendar(
  arrangements: readonly { year: number; holidays: readonly HolidayPeriod[] }[],
  lunarAnchors?: (year: number) => LunarAnchors | undefined,
): WorkingDayCalendar {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const a of arrangements) {
    for (const [date, name] of daysOff(a.holidays)) holidays.set(date, name);
    for (const h of a.holidays) for (const w of h.workdays) workdays.set(w, h.name);
  }
  const estimates = new Map<number, ReadonlyMap<string, string> | undefined>();
  return {
    holidays,
    workdays,
    arrangedYears: new Set(arrangements.map((a) => a.year)),
    statutoryHolidays(year) {
      if (!estimates.has(year)) {
        const anchors = lunarAnchors?.(year);
        estimates.set(year, anchors ? statutoryHolidays(year, anchors) : undefined);
      }
      return estimates.get(year);
    },
  };
}

/** How a date is classified, with the holiday name when there is one. */
export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  readonly kind: 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';
  readonly holiday?: string;
  /** Set when the year has no arrangement and the date was classified by the statutory rule. */
  readonly estimated?: true;
}

/** '2022–2026、2028' for a set of years. */
export function yearsLabel(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join('、') || '无';
}

/**
 * Classifies a date: 调休上班 beats weekend, holiday beats weekday. A day a notice names is decided by it; any
 * other day of a year without an arrangement is classified by rule and marked `estimated`. Throws for a year
 * that has neither.
 */
export function describeDay(date: string, calendar: WorkingDayCalendar): DayInfo {
  const y = yearOf(date);
  const adjusted = calendar.workdays.get(date);
  if (adjusted !== undefined) return { date, working: true, kind: 'adjusted-workday', holiday: adjusted };
  const holiday = calendar.holidays.get(date);
  if (holiday !== undefined) return { date, working: false, kind: 'holiday', holiday };
  const dow = dayOfWeek(date);
  const weekend = dow === 0 || dow === 6;
  if (calendar.arrangedYears.has(y)) {
    return weekend ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
  }
  const statutory = calendar.statutoryHolidays(y);
  if (!statutory) {
    throw new RangeError(
      `${date} 不在节假日表覆盖范围（已录入 ${yearsLabel(calendar.arrangedYears)} 年）内，也无法按法定节假日规则推算，请先录入 ${y} 年国务院节假日安排`,
    );
  }
  const name = statutory.get(date);
  if (name !== undefined) return { date, working: false, kind: 'holiday', holiday: name, estimated: true };
  return weekend
    ? { date, working: false, kind: 'weekend', estimated: true }
    : { date, working: true, kind: 'workday', estimated: true };
}

/** True when government offices work on that date. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  return describeDay(date, calendar).working;
}

/** A period of working days and whether its end rests on estimated years. */
export interface WorkingDayPeriod {
  readonly startDate: string;
  readonly workingDays: number;
  readonly endDate: string;
  /** Years without an arrangement whose rule-computed days the count went through. */
  readonly estimatedYears: readonly number[];
  /** The warning to show with the end date, or null when every day is decided by an arrangement. */
  readonly warning: string | null;
}

/** The warning for dates computed by rule in years without an arrangement; null for none. */
export function estimateWarning(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  return `${[...years].sort((a, b) => a - b).join('、')} 年国务院节假日安排尚未录入，按法定节假日规则推算，可能与正式安排（含调休）不同`;
}

/**
 * The period of `n` working days from `startDate` (e.g. a "公示 10 个工作日"), with a warning when any day of it
 * was classified by rule. Convention: the start date counts as working day 1 when it is itself a working day;
 * otherwise day 1 is the next working day. So a notice published on Monday 2024-06-03 for 10 working days ends
 * on 2024-06-17 (2024-06-10 is 端午). `n` must be a positive integer.
 */
export function workingDayPeriod(startDate: string, n: number, calendar: WorkingDayCalendar): WorkingDayPeriod {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`工作日数须为正整数：${n}`);
  const estimated = new Set<number>();
  let day = toDayNumber(startDate);
  let counted = 0;
  for (;;) {
    const date = fromDayNumber(day);
    const info = describeDay(date, calendar);
    if (info.estimated) estimated.add(yearOf(date));
    if (info.working) counted += 1;
    if (counted === n) {
      const years = [...estimated].sort((a, b) => a - b);
      return { startDate, workingDays: n, endDate: date, estimatedYears: years, warning: estimateWarning(years) };
    }
    day += 1;
  }
}

/** The date on which a period of `n` working days ends; see `workingDayPeriod`. Inverse of `countWorkingDays`. */
export function addWorkingDays(startDate: string, n: number, calendar: WorkingDayCalendar): string {
  return workingDayPeriod(startDate, n, calendar).endDate;
}

/** Working days from `from` to `to`, both ends included; 0 when `to` is before `from`. */
export function countWorkingDays(from: string, to: string, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}
