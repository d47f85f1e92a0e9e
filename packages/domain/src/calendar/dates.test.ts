import { describe, expect, it } from 'vitest';
import { addDays, chinaToday, dayOfWeek, daysBetween, fromDayNumber, toDayNumber } from './dates';

describe('dates on UTC parts', () => {
  it.each([
    ['1970-01-01', 4],
    ['2022-10-08', 6],
    ['2022-10-09', 0],
    ['2024-02-29', 4],
    ['2026-02-17', 2],
  ])('%s is weekday %i', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });

  it.each([
    ['2023-05-10', '2024-05-10', 366],
    ['2022-03-01', '2023-03-01', 365],
    ['2024-03-10', '2024-03-11', 1], // a DST change date in many zones: still one day
    ['2024-05-10', '2023-05-10', -366],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it('round-trips and adds days across month and year ends', () => {
    expect(fromDayNumber(toDayNumber('2024-02-28'))).toBe('2024-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it.each(['2023-02-29', '2023-04-31', '20230101', '0099-01-01'])('rejects %s', (d) => {
    expect(() => toDayNumber(d)).toThrow();
  });
});

describe('chinaToday', () => {
  it('is the date in Asia/Shanghai, not UTC: the UTC day is yesterday until 08:00 in Beijing', () => {
    expect(chinaToday(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(chinaToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(chinaToday(new Date('2027-01-01T00:30:00+08:00'))).toBe('2027-01-01');
  });
});
