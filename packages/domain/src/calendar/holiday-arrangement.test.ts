import { describe, expect, it } from 'vitest';
import { arrangementProblems, type HolidayArrangement } from './holiday-arrangement';
import { ZCreateHolidayArrangementRequest } from './holiday-arrangement.contract';
import { CN_HOLIDAY_ARRANGEMENTS_2022_2026 } from './holidays';

const base: HolidayArrangement = {
  year: 2027,
  noticeNo: '国办发明电〔2026〕9号',
  noticeTitle: '国务院办公厅关于2027年部分节假日安排的通知',
  noticeUrl: null,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', workdays: [] },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', workdays: ['2027-02-13'] },
  ],
};
const withHoliday = (i: number, patch: Partial<HolidayArrangement['holidays'][number]>) => ({
  ...base,
  holidays: base.holidays.map((h, k) => (k === i ? { ...h, ...patch } : h)),
});

describe('arrangementProblems names the field of every mistake', () => {
  it('accepts the shipped 2022–2026 arrangements', () => {
    for (const a of CN_HOLIDAY_ARRANGEMENTS_2022_2026) expect(arrangementProblems(a), `${a.year}`).toEqual([]);
  });

  it.each([
    [
      'an off range ending before it starts',
      withHoliday(1, { to: '2027-02-01' }),
      'holidays.1.to',
      '第 2 项（春节）放假结束日期 2027-02-01 早于开始日期 2027-02-05',
    ],
    [
      'a date outside the year ±1',
      withHoliday(0, { from: '2029-01-01', to: '2029-01-01' }),
      'holidays.0.from',
      '第 1 项（元旦）放假开始日期 2029-01-01 不在 2026–2028 年内（2027 年的安排只含前后一年的日期）',
    ],
    [
      'a 调休 day that is not a weekend',
      withHoliday(1, { workdays: ['2027-02-15'] }),
      'holidays.1.workdays.0',
      '第 2 项（春节）调休上班日 2027-02-15 是周一，不是周末（调休上班日须为周六或周日）',
    ],
    [
      'an impossible date',
      withHoliday(1, { to: '2027-02-30' }),
      'holidays.1.to',
      '第 2 项（春节）放假结束日期 2027-02-30 不存在',
    ],
    [
      'a malformed date',
      withHoliday(0, { from: '2027/1/1' }),
      'holidays.0.from',
      '第 1 项（元旦）放假开始日期格式须为 YYYY-MM-DD：2027/1/1',
    ],
    [
      'a missing notice number',
      { ...base, noticeNo: ' ' },
      'noticeNo',
      '请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）',
    ],
    [
      'overlapping holidays',
      withHoliday(1, { from: '2027-01-03', to: '2027-01-04', workdays: [] }),
      'holidays.1.from',
      '第 2 项（春节）放假日期与第 1 项重叠',
    ],
    [
      'a 调休 day inside a holiday',
      withHoliday(1, { workdays: ['2027-02-06'] }),
      'holidays.1.workdays.0',
      '第 2 项（春节）调休上班日 2027-02-06 在第 2 项的放假期间内',
    ],
    [
      'an off range too long to be real',
      withHoliday(1, { to: '2027-03-05' }),
      'holidays.1.to',
      '第 2 项（春节）放假共 29 天，超过 15 天，请核对日期',
    ],
    ['no holiday at all', { ...base, holidays: [] }, 'holidays', '请至少录入一个节假日'],
    [
      'a link that is not a web address',
      { ...base, noticeUrl: 'gov.cn' },
      'noticeUrl',
      '通知链接须以 http:// 或 https:// 开头',
    ],
    ['a year out of range', { ...base, year: 1999 }, 'year', '年份须为 2000–2100 之间的整数'],
  ])('refuses %s', (_what, input, field, message) => {
    expect(arrangementProblems(input)).toContainEqual({ field, message });
  });

  it('reports through the request schema with the field path', () => {
    const r = ZCreateHolidayArrangementRequest.safeParse(withHoliday(1, { to: '2027-02-01' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['holidays', 1, 'to'],
      message: '第 2 项（春节）放假结束日期 2027-02-01 早于开始日期 2027-02-05',
    });
    const missing = ZCreateHolidayArrangementRequest.safeParse({ ...base, noticeNo: undefined });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['noticeNo'],
      message: '请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）',
    });
  });
});
