import { describe, expect, it } from 'vitest';
import { daysOff } from './holiday-arrangement';
import { CN_HOLIDAY_ARRANGEMENTS_2022_2026 } from './holidays';
import { statutoryHolidayRuleFor, statutoryHolidays, type LunarAnchors } from './statutory-holidays';

// From the lunar library on the server (its test checks them), for the shipped years.
const ANCHORS: Record<number, LunarAnchors> = {
  2022: { lunarNewYear: '2022-02-01', qingming: '2022-04-05', dragonBoat: '2022-06-03', midAutumn: '2022-09-10' },
  2023: { lunarNewYear: '2023-01-22', qingming: '2023-04-05', dragonBoat: '2023-06-22', midAutumn: '2023-09-29' },
  2024: { lunarNewYear: '2024-02-10', qingming: '2024-04-04', dragonBoat: '2024-06-10', midAutumn: '2024-09-17' },
  2025: { lunarNewYear: '2025-01-29', qingming: '2025-04-04', dragonBoat: '2025-05-31', midAutumn: '2025-10-06' },
  2026: { lunarNewYear: '2026-02-17', qingming: '2026-04-05', dragonBoat: '2026-06-19', midAutumn: '2026-09-25' },
};

describe('statutory holidays by rule (《全国年节及纪念日放假办法》)', () => {
  it('gives 13 days from 2025 (国务院令第795号: 春节 from 除夕, 劳动节 2 days) and 11 days before', () => {
    expect(statutoryHolidays(2025, ANCHORS[2025])!.size).toBe(13);
    expect(statutoryHolidays(2024, ANCHORS[2024])!.size).toBe(11);
    expect(statutoryHolidayRuleFor(2027)?.doc).toMatch(/795/);
    expect(statutoryHolidayRuleFor(2014)?.doc).toMatch(/644/);
    expect(statutoryHolidayRuleFor(2013)).toBeUndefined();
  });

  it('春节 2025 by rule is 除夕 01-28 and 正月初一至初三 01-29 … 01-31', () => {
    const days = statutoryHolidays(2025, ANCHORS[2025])!;
    expect([...days].filter(([, n]) => n === '春节').map(([d]) => d)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
  });

  it.each([2022, 2023, 2024, 2025, 2026])(
    'every statutory day of %i is off in that year’s State Council notice',
    (year) => {
      const arrangement = CN_HOLIDAY_ARRANGEMENTS_2022_2026.find((a) => a.year === year)!;
      const off = daysOff(arrangement.holidays);
      for (const [date, name] of statutoryHolidays(year, ANCHORS[year])!) {
        expect(off.has(date), `${date} ${name}`).toBe(true);
      }
    },
  );
});
