import { dayOfWeek, fromDayNumber, toDayNumber, yearOf } from './dates';
import type { HolidayArrangement } from './holidays';
import { CN_HOLIDAY_ARRANGEMENTS, CN_HOLIDAY_YEARS } from './holidays';

/** A working-day calendar: holiday dates, 调休 working weekend dates and the years it can answer for. */
export interface WorkingDayCalendar {
  /** date → holiday name, for every day off in the arrangements. */
  readonly holidays: ReadonlyMap<string, string>;
  /** date → holiday name, for every weekend day worked in exchange (调休上班). */
  readonly workdays: ReadonlyMap<string, string>;
  readonly years: { readonly from: number; readonly to: number };
}

/** Builds a calendar from arrangement rows (so a province or a later year can be added as data). */
export function createWorkingDayCalendar(
  arrangements: readonly HolidayArrangement[],
  years: { from: number; to: number },
): WorkingDayCalendar {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const a of arrangements) {
    for (let d = toDayNumber(a.off[0]); d <= toDayNumber(a.off[1]); d++) holidays.set(fromDayNumber(d), a.name);
    for (const w of a.workdays) workdays.set(w, a.name);
  }
  return { holidays, workdays, years: { ...years } };
}

/** The mainland China calendar for 2022–2026 (State Council notices). */
export const CN_WORKING_DAY_CALENDAR: WorkingDayCalendar = createWorkingDayCalendar(
  CN_HOLIDAY_ARRANGEMENTS,
  CN_HOLIDAY_YEARS,
);

/** How a date is classified, with the holiday name when there is one. */
export interface DayInfo {
  readonly date: string;
  readonly working: boolean;
  readonly kind: 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';
  readonly holiday?: string;
}

function assertCovered(date: string, calendar: WorkingDayCalendar): void {
  const y = yearOf(date);
  if (y < calendar.years.from || y > calendar.years.to) {
    throw new RangeError(
      `${date} 不在节假日表覆盖范围（${calendar.years.from}–${calendar.years.to} 年）内，请先补充该年国务院节假日安排`,
    );
  }
}

/** Classifies a date: 调休上班 beats weekend, holiday beats weekday. Throws for years the calendar does not cover. */
export function describeDay(date: string, calendar: WorkingDayCalendar = CN_WORKING_DAY_CALENDAR): DayInfo {
  assertCovered(date, calendar);
  const adjusted = calendar.workdays.get(date);
  if (adjusted !== undefined) return { date, working: true, kind: 'adjusted-workday', holiday: adjusted };
  const holiday = calendar.holidays.get(date);
  if (holiday !== undefined) return { date, working: false, kind: 'holiday', holiday };
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6 ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
}

/** True when government offices work on that date. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar = CN_WORKING_DAY_CALENDAR): boolean {
  return describeDay(date, calendar).working;
}

/**
 * The date on which a period of `n` working days ends (e.g. the last day of a "公示 10 个工作日").
 * Convention: the start date counts as working day 1 when it is itself a working day; otherwise day 1 is the
 * next working day. So a notice published on Monday 2024-06-03 for 10 working days ends on 2024-06-17
 * (2024-06-10 is 端午). `n` must be a positive integer. Inverse of `countWorkingDays(start, end) === n`.
 */
export function addWorkingDays(
  startDate: string,
  n: number,
  calendar: WorkingDayCalendar = CN_WORKING_DAY_CALENDAR,
): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`工作日数须为正整数：${n}`);
  let day = toDayNumber(startDate);
  let counted = 0;
  for (;;) {
    const date = fromDayNumber(day);
    if (isWorkingDay(date, calendar)) counted += 1;
    if (counted === n) return date;
    day += 1;
  }
}

/** Working days from `from` to `to`, both ends included; 0 when `to` is before `from`. */
export function countWorkingDays(
  from: string,
  to: string,
  calendar: WorkingDayCalendar = CN_WORKING_DAY_CALENDAR,
): number {
  let count = 0;
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}
