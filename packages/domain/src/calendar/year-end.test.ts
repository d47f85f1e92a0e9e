import { describe, expect, it } from 'vitest';
import type { HolidayArrangement } from './holiday-arrangement';
import { CN_HOLIDAY_ARRANGEMENTS_2022_2026 } from './holidays';
import type { LunarAnchors } from './statutory-holidays';
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingDayCalendar,
  describeDay,
  workingDayPeriod,
} from './working-days';

// The lunar dates as the server's lunar library (tyme4ts) gives them; its test checks the same values.
const ANCHORS: Record<number, LunarAnchors> = {
  2027: { lunarNewYear: '2027-02-06', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' },
  2028: { lunarNewYear: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' },
};
const calendar = createWorkingDayCalendar(CN_HOLIDAY_ARRANGEMENTS_2022_2026, (y) => ANCHORS[y]);
const WARNING_2027 = '2027 年国务院节假日安排尚未录入，按法定节假日规则推算，可能与正式安排（含调休）不同';

describe('the calendar does not end on 2026-12-31: a year without an arrangement is estimated by rule', () => {
  it('a 公示 of 10 working days started on Saturday 2026-12-19 ends on 2027-01-04, with the 2027 warning', () => {
    // Mon 12-21 … Thu 12-31 are days 1–9; Fri 2027-01-01 is 元旦 by rule; Mon 01-04 is day 10.
    expect(addWorkingDays('2026-12-19', 10, calendar)).toBe('2027-01-04');
    const period = workingDayPeriod('2026-12-19', 10, calendar);
    expect(period).toEqual({
      startDate: '2026-12-19',
      workingDays: 10,
      endDate: '2027-01-04',
      estimatedYears: [2027],
      warning: WARNING_2027,
    });
    expect(describeDay('2027-01-04', calendar)).toEqual({
      date: '2027-01-04',
      working: true,
      kind: 'workday',
      estimated: true,
    });
  });

  it('2026-12-31 is day 1 and 2027-01-04 day 2, across 元旦 2027 (1 day by rule) and the weekend', () => {
    expect(describeDay('2027-01-01', calendar)).toMatchObject({ working: false, holiday: '元旦', estimated: true });
    expect(addWorkingDays('2026-12-31', 2, calendar)).toBe('2027-01-04');
  });

  it('春节 2027 by rule: 除夕 2027-02-05 and 正月初一至初三 (02-06 … 02-08) are off, so 10 days from 02-01 end on 02-16', () => {
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(describeDay(d, calendar), d).toMatchObject({ working: false, holiday: '春节', estimated: true });
    }
    expect(describeDay('2027-02-04', calendar).working).toBe(true);
    expect(describeDay('2027-02-09', calendar).working).toBe(true);
    const period = workingDayPeriod('2027-02-01', 10, calendar);
    expect(period.endDate).toBe('2027-02-16');
    expect(period.warning).toBe(WARNING_2027);
  });

  it.each([
    ['2027-04-05', '清明节'],
    ['2027-05-01', '劳动节'],
    ['2027-05-02', '劳动节'],
    ['2027-06-09', '端午节'],
    ['2027-09-15', '中秋节'],
    ['2027-10-01', '国庆节'],
    ['2027-10-03', '国庆节'],
  ])('%s is %s by rule (国务院令第795号)', (date, name) => {
    expect(describeDay(date, calendar)).toMatchObject({ working: false, holiday: name, estimated: true });
  });

  it('counts working days across the year end: 2026-12-28 … 2027-01-08 has 9 (4 in 2026, 元旦 off, 5 in 2027)', () => {
    expect(countWorkingDays('2026-12-28', '2027-01-08', calendar)).toBe(9);
    expect(countWorkingDays('2026-12-19', addWorkingDays('2026-12-19', 10, calendar), calendar)).toBe(10);
  });

  it('names every estimated year a period runs through', () => {
    const period = workingDayPeriod('2027-12-20', 30, calendar);
    expect(period.estimatedYears).toEqual([2027, 2028]);
    expect(period.warning).toMatch(/^2027、2028 年国务院节假日安排尚未录入/);
  });

  it('a period inside a year with an arrangement carries no warning and no estimated day', () => {
    const period = workingDayPeriod('2026-12-01', 10, calendar);
    expect(period).toMatchObject({ endDate: '2026-12-14', estimatedYears: [], warning: null });
    expect(describeDay('2026-12-14', calendar).estimated).toBeUndefined();
  });

  it('once 2027 is entered, the same computation follows it (调休 included) and the warning is gone', () => {
    // A made-up 2027 arrangement for the test: 元旦 off 01-01 … 01-03, Saturday 01-09 worked.
    const entered: HolidayArrangement = {
      year: 2027,
      noticeNo: '测试文号',
      noticeTitle: '测试用 2027 年安排',
      noticeUrl: null,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03', workdays: ['2027-01-09'] }],
    };
    const withIt = createWorkingDayCalendar([...CN_HOLIDAY_ARRANGEMENTS_2022_2026, entered], (y) => ANCHORS[y]);
    expect(workingDayPeriod('2026-12-19', 10, withIt)).toMatchObject({ endDate: '2027-01-04', warning: null });
    expect(describeDay('2027-01-09', withIt)).toEqual({
      date: '2027-01-09',
      working: true,
      kind: 'adjusted-workday',
      holiday: '元旦',
    });
    // 春节 2027 is not in that (partial) arrangement, so it is an ordinary week now: nothing is estimated.
    expect(describeDay('2027-02-08', withIt)).toEqual({ date: '2027-02-08', working: true, kind: 'workday' });
  });

  it('a day a neighbouring notice names is decided by that notice, not by rule', () => {
    // 元旦 2023 began on 2022-12-31: were 2022 missing, that Saturday would still be the 2023 notice's holiday.
    const without2022 = createWorkingDayCalendar(
      CN_HOLIDAY_ARRANGEMENTS_2022_2026.filter((a) => a.year !== 2022),
      () => ANCHORS[2027],
    );
    expect(describeDay('2022-12-31', without2022)).toEqual({
      date: '2022-12-31',
      working: false,
      kind: 'holiday',
      holiday: '元旦',
    });
    expect(describeDay('2022-12-30', without2022).estimated).toBe(true);
  });

  it('refuses a year before the oldest statutory rule it holds (2014), naming what is entered', () => {
    expect(() => describeDay('2013-06-03', calendar)).toThrow(
      '2013-06-03 不在节假日表覆盖范围（已录入 2022–2026 年）内，也无法按法定节假日规则推算，请先录入 2013 年国务院节假日安排',
    );
  });
});
