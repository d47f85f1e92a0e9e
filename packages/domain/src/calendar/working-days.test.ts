import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './dates';
import { CN_HOLIDAY_ARRANGEMENTS_2022_2026 } from './holidays';
import {
  addWorkingDays as addWorkingDaysIn,
  countWorkingDays as countWorkingDaysIn,
  createWorkingDayCalendar,
  describeDay as describeDayIn,
  isWorkingDay as isWorkingDayIn,
} from './working-days';

// The shipped arrangements only: no lunar dates, so a year without an arrangement is refused.
const calendar = createWorkingDayCalendar(CN_HOLIDAY_ARRANGEMENTS_2022_2026);
const describeDay = (date: string) => describeDayIn(date, calendar);
const isWorkingDay = (date: string) => isWorkingDayIn(date, calendar);
const addWorkingDays = (start: string, n: number) => addWorkingDaysIn(start, n, calendar);
const countWorkingDays = (from: string, to: string) => countWorkingDaysIn(from, to, calendar);

describe('isWorkingDay', () => {
  it.each(['2022-10-01', '2022-10-02', '2022-10-03', '2022-10-04', '2022-10-05', '2022-10-06', '2022-10-07'])(
    '国庆 2022: %s is a holiday',
    (date) => {
      expect(describeDay(date)).toMatchObject({ working: false, kind: 'holiday', holiday: '国庆节' });
    },
  );

  it.each([
    ['2022-10-08', '国庆节'], // Saturday
    ['2022-10-09', '国庆节'], // Sunday
    ['2023-01-28', '春节'],
    ['2024-02-04', '春节'],
    ['2024-02-18', '春节'],
    ['2025-01-26', '春节'],
    ['2025-02-08', '春节'],
    ['2026-01-04', '元旦'],
    ['2026-02-14', '春节'],
    ['2026-02-28', '春节'],
    ['2026-09-20', '国庆节'],
  ])('调休上班: %s works (%s)', (date, holiday) => {
    expect(describeDay(date)).toMatchObject({ working: true, kind: 'adjusted-workday', holiday });
  });

  it.each([
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-20',
    '2026-02-23',
    '2025-01-28',
    '2025-02-04',
    '2024-06-10',
    '2023-04-05',
    '2022-12-31',
  ])('%s is a holiday', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2022-10-15', false], // ordinary Saturday
    ['2022-10-16', false], // ordinary Sunday
    ['2022-10-10', true], // ordinary Monday
    ['2026-02-24', true], // first day back after 春节 2026
    ['2025-02-05', true],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each(['2021-12-31', '2027-01-04'])(
    'refuses %s outside the table when it has no lunar dates to estimate',
    (date) => {
      expect(() => isWorkingDay(date)).toThrow(/不在节假日表覆盖范围/);
    },
  );

  it.each(['2023-02-29', '2024-13-01', '2024-1-5'])('rejects the malformed date %s', (date) => {
    expect(() => isWorkingDay(date)).toThrow();
  });
});

describe('the holiday table is self-consistent', () => {
  it('every 调休上班 day is a Saturday or Sunday and not also a holiday', () => {
    for (const a of CN_HOLIDAY_ARRANGEMENTS_2022_2026) {
      for (const w of a.holidays.flatMap((h) => h.workdays)) {
        expect([0, 6], `${w}`).toContain(dayOfWeek(w));
        expect(describeDay(w).kind).toBe('adjusted-workday');
      }
    }
  });
});

describe('addWorkingDays (start counts as day 1 when it is a working day)', () => {
  it.each([
    ['2024-06-03', 10, '2024-06-17'], // Mon; 06-10 端午 skipped
    ['2024-06-03', 1, '2024-06-03'],
    ['2024-06-08', 1, '2024-06-11'], // Saturday start; Mon 06-10 端午 → Tue
    ['2024-09-27', 10, '2024-10-15'], // 09-29 (Sun) and 10-12 (Sat) are working days
    ['2025-01-24', 5, '2025-02-06'], // 01-26 (Sun) works, 01-28..02-04 off
    ['2022-09-30', 3, '2022-10-09'], // Fri, then 10-08 Sat and 10-09 Sun worked
    ['2025-12-31', 2, '2026-01-04'], // Wed is day 1; 2026-01-01..03 off; Sun 01-04 (调休) is day 2
    ['2025-12-31', 3, '2026-01-05'],
  ])('%s + %i working days → %s', (start, n, end) => {
    expect(addWorkingDays(start, n)).toBe(end);
  });

  it.each([0, -1, 1.5])('rejects n = %s', (n) => {
    expect(() => addWorkingDays('2024-06-03', n)).toThrow(/正整数/);
  });

  it.each([
    ['2022-01-04', 10],
    ['2023-09-25', 10],
    ['2024-02-05', 20],
    ['2026-04-01', 15],
  ])('countWorkingDays(%s, addWorkingDays(%s, n)) === n', (start, n) => {
    expect(countWorkingDays(start, addWorkingDays(start, n))).toBe(n);
  });
});

describe('countWorkingDays (both ends included)', () => {
  it.each([
    ['2022-10-01', '2022-10-09', 2],
    ['2022-10-01', '2022-10-31', 18], // 21 weekdays − 5 holidays + 2 调休
    ['2024-06-03', '2024-06-03', 1],
    ['2024-06-08', '2024-06-10', 0],
    ['2024-06-10', '2024-06-03', 0], // reversed
  ])('%s .. %s → %i', (from, to, n) => {
    expect(countWorkingDays(from, to)).toBe(n);
  });
});
