import type { SourceRef } from './source';

const ART11 = '国科发火〔2016〕32号 第十一条';

/** 第十一条(五): minimum 3-year R&D / revenue by the latest year's 销售收入 (`maxRevenue` inclusive; null = above). */
export interface HighTechRdBand extends SourceRef {
  readonly id: string;
  readonly label: string;
  readonly maxRevenue: number | null;
  readonly minPercent: number;
}

/** R&D intensity bands: ≤5000万(含) ≥5%; 5000万–2亿(含) ≥4%; >2亿 ≥3%. */
export const HIGH_TECH_RD_BANDS: readonly HighTechRdBand[] = [
  {
    id: 'small',
    label: '最近一年销售收入 5000 万元（含）以下',
    maxRevenue: 50_000_000,
    minPercent: 5,
    source: 'S12',
    doc: `${ART11}(五)1`,
    confidence: '✔',
  },
  {
    id: 'medium',
    label: '最近一年销售收入 5000 万元至 2 亿元（含）',
    maxRevenue: 200_000_000,
    minPercent: 4,
    source: 'S12',
    doc: `${ART11}(五)2`,
    confidence: '✔',
  },
  {
    id: 'large',
    label: '最近一年销售收入 2 亿元以上',
    maxRevenue: null,
    minPercent: 3,
    source: 'S12',
    doc: `${ART11}(五)3`,
    confidence: '✔',
  },
];

/** The single-threshold conditions of 第十一条 (percent thresholds are inclusive: "不低于"). */
export const HIGH_TECH_THRESHOLDS = {
  /**
   * 注册成立一年以上: the 工作指引 reads it as at least 365 calendar days before the application date
   * (docs/rules.md §2.2 gives only "≥1年"; the 365-day reading is domain knowledge — verify).
   */
  registeredDays: { min: 365, source: 'S12', doc: `${ART11}(一)；国科发火〔2016〕195号`, confidence: '✖' },
  techStaffPercent: { min: 10, source: 'S12', doc: `${ART11}(四)`, confidence: '✔' },
  domesticRdPercent: { min: 60, source: 'S12', doc: `${ART11}(五)`, confidence: '✔' },
  highTechIncomePercent: { min: 60, source: 'S12', doc: `${ART11}(六)`, confidence: '✔' },
  /** 近三个会计年度 (also the window of the 成果转化 average); fewer years of operation count as they are. */
  rdYears: { max: 3, source: 'S12', doc: `${ART11}(五)`, confidence: '✔' },
} as const satisfies Record<string, SourceRef & Record<string, unknown>>;
