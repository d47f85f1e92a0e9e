import { addDays } from './dates';

/**
 * The dates a year's statutory holidays hang on that need a lunar calendar. The domain has no lunar library, so
 * the server computes them and passes them in.
 */
export interface LunarAnchors {
  /** 农历正月初一 (its eve, 除夕, is the day before). */
  readonly lunarNewYear: string;
  /** The 清明 solar term. */
  readonly qingming: string;
  /** 农历五月初五 (端午). */
  readonly dragonBoat: string;
  /** 农历八月十五 (中秋). */
  readonly midAutumn: string;
}

interface StatutoryHoliday {
  readonly name: string;
  /** A lunar anchor, or a fixed 'MM-DD' in the year. */
  readonly anchor: keyof LunarAnchors | `${number}-${number}`;
  /** Days off, as offsets from the anchor. */
  readonly offsets: readonly number[];
}

/** One version of 《全国年节及纪念日放假办法》 第二条: the holidays every citizen has off (docs/rules.md §4.5). */
export interface StatutoryHolidayRule {
  readonly fromYear: number;
  readonly doc: string;
  readonly holidays: readonly StatutoryHoliday[];
}

/** Newest first; a year takes the first rule in force on its 1 January. */
export const STATUTORY_HOLIDAY_RULES: readonly StatutoryHolidayRule[] = [
  {
    fromYear: 2025,
    doc: '《全国年节及纪念日放假办法》，国务院令第795号修订，2025-01-01 起施行（春节、劳动节各增加 1 天）',
    holidays: [
      { name: '元旦', anchor: '01-01', offsets: [0] },
      { name: '春节', anchor: 'lunarNewYear', offsets: [-1, 0, 1, 2] },
      { name: '清明节', anchor: 'qingming', offsets: [0] },
      { name: '劳动节', anchor: '05-01', offsets: [0, 1] },
      { name: '端午节', anchor: 'dragonBoat', offsets: [0] },
      { name: '中秋节', anchor: 'midAutumn', offsets: [0] },
      { name: '国庆节', anchor: '10-01', offsets: [0, 1, 2] },
    ],
  },
  {
    fromYear: 2014,
    doc: '《全国年节及纪念日放假办法》，国务院令第644号修订，2014-01-01 起施行',
    holidays: [
      { name: '元旦', anchor: '01-01', offsets: [0] },
      { name: '春节', anchor: 'lunarNewYear', offsets: [0, 1, 2] },
      { name: '清明节', anchor: 'qingming', offsets: [0] },
      { name: '劳动节', anchor: '05-01', offsets: [0] },
      { name: '端午节', anchor: 'dragonBoat', offsets: [0] },
      { name: '中秋节', anchor: 'midAutumn', offsets: [0] },
      { name: '国庆节', anchor: '10-01', offsets: [0, 1, 2] },
    ],
  },
];

/** The rule in force for a year, or undefined before the oldest one the table holds. */
export function statutoryHolidayRuleFor(year: number): StatutoryHolidayRule | undefined {
  return STATUTORY_HOLIDAY_RULES.find((r) => year >= r.fromYear);
}

/**
 * A year's statutory days off by rule, date → holiday name (no 调休: only a State Council notice moves days).
 * Undefined when no rule covers the year.
 */
export function statutoryHolidays(year: number, anchors: LunarAnchors): Map<string, string> | undefined {
  const rule = statutoryHolidayRuleFor(year);
  if (!rule) return undefined;
  const out = new Map<string, string>();
  for (const h of rule.holidays) {
    const base = h.anchor.includes('-') ? `${year}-${h.anchor}` : anchors[h.anchor as keyof LunarAnchors];
    for (const k of h.offsets) out.set(addDays(base, k), h.name);
  }
  return out;
}
