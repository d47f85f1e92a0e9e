/**
 * 国务院办公厅 节假日安排 (public holidays and 调休 make-up working days) as data. The State Council publishes the
 * next year's arrangement each autumn (2026's on 2025-11-04); add a block here every year — the calculator refuses
 * dates in years it does not cover rather than silently treating them as ordinary weeks.
 */

/** One holiday of one year's notice: the days off (inclusive range) and the weekend days worked in exchange. */
export interface HolidayArrangement {
  /** The year whose notice defines it (元旦 2023 starts on 2022-12-31). */
  readonly year: number;
  readonly name: string;
  readonly off: readonly [from: string, to: string];
  /** 调休上班: weekend days that are working days. */
  readonly workdays: readonly string[];
  readonly source: string;
}

const N2022 =
  '国务院办公厅关于2022年部分节假日安排的通知 https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm';
const N2023 =
  '国务院办公厅关于2023年部分节假日安排的通知 https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm';
const N2024 =
  '国务院办公厅关于2024年部分节假日安排的通知 https://www.gov.cn/zhengce/content/202310/content_6911527.htm';
const N2025 =
  '国务院办公厅关于2025年部分节假日安排的通知 https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm';
const N2026 = '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，新华社）';

/** Every arrangement of 2022–2026, in date order. */
export const CN_HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  { year: 2022, name: '元旦', off: ['2022-01-01', '2022-01-03'], workdays: [], source: N2022 },
  {
    year: 2022,
    name: '春节',
    off: ['2022-01-31', '2022-02-06'],
    workdays: ['2022-01-29', '2022-01-30'],
    source: N2022,
  },
  { year: 2022, name: '清明节', off: ['2022-04-03', '2022-04-05'], workdays: ['2022-04-02'], source: N2022 },
  {
    year: 2022,
    name: '劳动节',
    off: ['2022-04-30', '2022-05-04'],
    workdays: ['2022-04-24', '2022-05-07'],
    source: N2022,
  },
  { year: 2022, name: '端午节', off: ['2022-06-03', '2022-06-05'], workdays: [], source: N2022 },
  { year: 2022, name: '中秋节', off: ['2022-09-10', '2022-09-12'], workdays: [], source: N2022 },
  {
    year: 2022,
    name: '国庆节',
    off: ['2022-10-01', '2022-10-07'],
    workdays: ['2022-10-08', '2022-10-09'],
    source: N2022,
  },

  { year: 2023, name: '元旦', off: ['2022-12-31', '2023-01-02'], workdays: [], source: N2023 },
  {
    year: 2023,
    name: '春节',
    off: ['2023-01-21', '2023-01-27'],
    workdays: ['2023-01-28', '2023-01-29'],
    source: N2023,
  },
  { year: 2023, name: '清明节', off: ['2023-04-05', '2023-04-05'], workdays: [], source: N2023 },
  {
    year: 2023,
    name: '劳动节',
    off: ['2023-04-29', '2023-05-03'],
    workdays: ['2023-04-23', '2023-05-06'],
    source: N2023,
  },
  { year: 2023, name: '端午节', off: ['2023-06-22', '2023-06-24'], workdays: ['2023-06-25'], source: N2023 },
  {
    year: 2023,
    name: '中秋节、国庆节',
    off: ['2023-09-29', '2023-10-06'],
    workdays: ['2023-10-07', '2023-10-08'],
    source: N2023,
  },

  { year: 2024, name: '元旦', off: ['2024-01-01', '2024-01-01'], workdays: [], source: N2024 },
  {
    year: 2024,
    name: '春节',
    off: ['2024-02-10', '2024-02-17'],
    workdays: ['2024-02-04', '2024-02-18'],
    source: N2024,
  },
  { year: 2024, name: '清明节', off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'], source: N2024 },
  {
    year: 2024,
    name: '劳动节',
    off: ['2024-05-01', '2024-05-05'],
    workdays: ['2024-04-28', '2024-05-11'],
    source: N2024,
  },
  { year: 2024, name: '端午节', off: ['2024-06-10', '2024-06-10'], workdays: [], source: N2024 },
  { year: 2024, name: '中秋节', off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'], source: N2024 },
  {
    year: 2024,
    name: '国庆节',
    off: ['2024-10-01', '2024-10-07'],
    workdays: ['2024-09-29', '2024-10-12'],
    source: N2024,
  },

  { year: 2025, name: '元旦', off: ['2025-01-01', '2025-01-01'], workdays: [], source: N2025 },
  {
    year: 2025,
    name: '春节',
    off: ['2025-01-28', '2025-02-04'],
    workdays: ['2025-01-26', '2025-02-08'],
    source: N2025,
  },
  { year: 2025, name: '清明节', off: ['2025-04-04', '2025-04-06'], workdays: [], source: N2025 },
  { year: 2025, name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'], source: N2025 },
  { year: 2025, name: '端午节', off: ['2025-05-31', '2025-06-02'], workdays: [], source: N2025 },
  {
    year: 2025,
    name: '国庆节、中秋节',
    off: ['2025-10-01', '2025-10-08'],
    workdays: ['2025-09-28', '2025-10-11'],
    source: N2025,
  },

  { year: 2026, name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'], source: N2026 },
  {
    year: 2026,
    name: '春节',
    off: ['2026-02-15', '2026-02-23'],
    workdays: ['2026-02-14', '2026-02-28'],
    source: N2026,
  },
  { year: 2026, name: '清明节', off: ['2026-04-04', '2026-04-06'], workdays: [], source: N2026 },
  { year: 2026, name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'], source: N2026 },
  { year: 2026, name: '端午节', off: ['2026-06-19', '2026-06-21'], workdays: [], source: N2026 },
  { year: 2026, name: '中秋节', off: ['2026-09-25', '2026-09-27'], workdays: [], source: N2026 },
  {
    year: 2026,
    name: '国庆节',
    off: ['2026-10-01', '2026-10-07'],
    workdays: ['2026-09-20', '2026-10-10'],
    source: N2026,
  },
];

/** The calendar years the table covers completely (every date in them is decided by the table + weekends). */
export const CN_HOLIDAY_YEARS = { from: 2022, to: 2026 } as const;
