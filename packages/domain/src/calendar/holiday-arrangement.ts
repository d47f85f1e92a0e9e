import { dayOfWeek, fromDayNumber, toDayNumber } from './dates';

/** One holiday of a year's notice: the days off (inclusive) and the weekend days worked in exchange (调休上班). */
export interface HolidayPeriod {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly workdays: readonly string[];
}

/**
 * A year's 节假日安排 as the State Council's notice sets it, identified by the notice (docs/rules.md §4.5). Dates
 * may fall in the year before or after (元旦 2023 starts on 2022-12-31).
 */
export interface HolidayArrangement {
  readonly year: number;
  /** 发文字号, e.g. 国办发明电〔2025〕7号. */
  readonly noticeNo: string;
  readonly noticeTitle: string;
  readonly noticeUrl: string | null;
  readonly holidays: readonly HolidayPeriod[];
}

/** What is wrong with one field of an arrangement: `field` is the request path, `message` names it in Chinese. */
export interface ArrangementProblem {
  readonly field: string;
  readonly message: string;
}

export const ARRANGEMENT_LIMITS = {
  minYear: 2000,
  maxYear: 2100,
  /** The longest run off in any notice so far is 9 days (春节 2026); more is almost surely a typing slip. */
  maxDaysOff: 15,
} as const;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * Every problem of an arrangement someone typed in, each naming its field: impossible dates, dates outside the
 * year ±1, an off range that ends before it starts or runs too long, overlapping holidays, a 调休 day that is not
 * a Saturday or Sunday or falls inside a holiday, a missing notice number. Empty when it can be saved.
 */
export function arrangementProblems(a: {
  year: number;
  noticeNo: string;
  noticeTitle: string;
  noticeUrl?: string | null;
  holidays: readonly HolidayPeriod[];
}): ArrangementProblem[] {
  const out: ArrangementProblem[] = [];
  const push = (field: string, message: string) => out.push({ field, message });
  const { minYear, maxYear, maxDaysOff } = ARRANGEMENT_LIMITS;
  const yearOk = Number.isInteger(a.year) && a.year >= minYear && a.year <= maxYear;
  if (!yearOk) push('year', `年份须为 ${minYear}–${maxYear} 之间的整数`);
  if (!a.noticeNo.trim()) push('noticeNo', '请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）');
  if (!a.noticeTitle.trim()) push('noticeTitle', '请填写通知标题');
  if (a.noticeUrl && !/^https?:\/\/\S+$/.test(a.noticeUrl)) push('noticeUrl', '通知链接须以 http:// 或 https:// 开头');
  if (a.holidays.length === 0) push('holidays', '请至少录入一个节假日');

  /** The day number of a valid date within the year ±1, or null after reporting why not. */
  const day = (value: string, field: string, what: string): number | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      push(field, `${what}格式须为 YYYY-MM-DD：${value || '（空）'}`);
      return null;
    }
    let n: number;
    try {
      n = toDayNumber(value);
    } catch {
      push(field, `${what} ${value} 不存在`);
      return null;
    }
    const y = Number(value.slice(0, 4));
    if (yearOk && Math.abs(y - a.year) > 1) {
      push(field, `${what} ${value} 不在 ${a.year - 1}–${a.year + 1} 年内（${a.year} 年的安排只含前后一年的日期）`);
      return null;
    }
    return n;
  };

  const offBy = new Map<number, number>();
  const workdays: { n: number; field: string; label: string; value: string }[] = [];
  a.holidays.forEach((h, i) => {
    const name = h.name.trim();
    const label = `第 ${i + 1} 项${name ? `（${name}）` : ''}`;
    if (!name) push(`holidays.${i}.name`, `${label}：请填写节日名称`);
    const from = day(h.from, `holidays.${i}.from`, `${label}放假开始日期`);
    const to = day(h.to, `holidays.${i}.to`, `${label}放假结束日期`);
    if (from !== null && to !== null) {
      if (to < from) push(`holidays.${i}.to`, `${label}放假结束日期 ${h.to} 早于开始日期 ${h.from}`);
      else if (to - from + 1 > maxDaysOff) {
        push(`holidays.${i}.to`, `${label}放假共 ${to - from + 1} 天，超过 ${maxDaysOff} 天，请核对日期`);
      } else {
        const clash = [...Array(to - from + 1).keys()].map((k) => offBy.get(from + k)).find((x) => x !== undefined);
        if (clash !== undefined) {
          push(`holidays.${i}.from`, `${label}放假日期与第 ${clash + 1} 项重叠`);
        }
        for (let d = from; d <= to; d++) offBy.set(d, i);
      }
    }
    h.workdays.forEach((w, j) => {
      const field = `holidays.${i}.workdays.${j}`;
      const n = day(w, field, `${label}调休上班日`);
      if (n === null) return;
      const dow = dayOfWeek(w);
      if (dow !== 0 && dow !== 6) {
        push(field, `${label}调休上班日 ${w} 是${WEEKDAYS[dow]}，不是周末（调休上班日须为周六或周日）`);
      } else if (workdays.some((x) => x.n === n)) {
        push(field, `${label}调休上班日 ${w} 重复录入`);
      } else {
        workdays.push({ n, field, label, value: w });
      }
    });
  });
  for (const w of workdays) {
    const i = offBy.get(w.n);
    if (i !== undefined) push(w.field, `${w.label}调休上班日 ${w.value} 在第 ${i + 1} 项的放假期间内`);
  }
  return out;
}

/** Every day off of an arrangement, date → holiday name. */
export function daysOff(holidays: readonly HolidayPeriod[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of holidays) {
    for (let d = toDayNumber(h.from); d <= toDayNumber(h.to); d++) out.set(fromDayNumber(d), h.name);
  }
  return out;
}
