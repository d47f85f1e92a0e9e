import type { BandRow } from '../banding';
import type { SourceRef } from './source';

/** A band whose points are an expert's call within [minPoints, maxPoints]. */
export interface RangeBand extends BandRow {
  readonly minPoints: number;
  readonly maxPoints: number;
}

const GUIDE = '国科发火〔2016〕195号 工作指引 附件 企业创新能力评价';

/**
 * 净资产增长率 / 销售收入增长率 bands, each item ≤10 分 (docs/rules.md §2.3: thresholds 35/25/15/5 ◐,
 * per-band point ranges ✖ — check against the 工作指引 table).
 */
export const HIGH_TECH_GROWTH_BANDS: readonly RangeBand[] = [
  { id: 'A', label: '35% 及以上', min: 35, minPoints: 9, maxPoints: 10, source: 'S88', doc: GUIDE, confidence: '◐' },
  { id: 'B', label: '25%–35%', min: 25, minPoints: 7, maxPoints: 8, source: 'S88', doc: GUIDE, confidence: '◐' },
  { id: 'C', label: '15%–25%', min: 15, minPoints: 5, maxPoints: 6, source: 'S88', doc: GUIDE, confidence: '◐' },
  { id: 'D', label: '5%–15%', min: 5, minPoints: 3, maxPoints: 4, source: 'S88', doc: GUIDE, confidence: '◐' },
  {
    id: 'E',
    label: '0 以上、5% 以下',
    min: 0,
    minExclusive: true,
    minPoints: 1,
    maxPoints: 2,
    source: 'S88',
    doc: GUIDE,
    confidence: '◐',
  },
  { id: 'F', label: '0 及以下', min: null, minPoints: 0, maxPoints: 0, source: 'S88', doc: GUIDE, confidence: '◐' },
];

/** 科技成果转化能力 (≤30) by the yearly average number of conversions over the last 3 years. */
export const HIGH_TECH_CONVERSION_BANDS: readonly RangeBand[] = [
  {
    id: 'A',
    label: '年均 5 项及以上',
    min: 5,
    minPoints: 25,
    maxPoints: 30,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'B',
    label: '年均 4 项及以上',
    min: 4,
    minPoints: 19,
    maxPoints: 24,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'C',
    label: '年均 3 项及以上',
    min: 3,
    minPoints: 13,
    maxPoints: 18,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'D',
    label: '年均 2 项及以上',
    min: 2,
    minPoints: 7,
    maxPoints: 12,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  { id: 'E', label: '年均 1 项及以上', min: 1, minPoints: 1, maxPoints: 6, source: 'S14', doc: GUIDE, confidence: '✔' },
  // docs/rules.md §2.3 lists "0 → 0"; an average below 1 (e.g. 2 conversions in 3 years) reaches no band above, so
  // it lands here.
  {
    id: 'F',
    label: '年均不足 1 项',
    min: null,
    minPoints: 0,
    maxPoints: 0,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
];

/** Expert grades A–E for 技术的先进程度 and 对主要产品（服务）在技术上发挥核心支持作用 (each ≤8). */
export const HIGH_TECH_IP_GRADE_POINTS = {
  A: { minPoints: 7, maxPoints: 8 },
  B: { minPoints: 5, maxPoints: 6 },
  C: { minPoints: 3, maxPoints: 4 },
  D: { minPoints: 1, maxPoints: 2 },
  E: { minPoints: 0, maxPoints: 0 },
  // docs/rules.md §2.3 gives "A 7–8 … E 0"; the B–D ranges are the 工作指引's (domain knowledge — verify).
  source: 'S14',
  doc: GUIDE,
  confidence: '◐',
} as const;

/** 知识产权数量 (≤8): the first row the enterprise reaches applies. */
export interface IpQuantityBand extends SourceRef {
  readonly id: string;
  readonly label: string;
  readonly kind: 'I' | 'II' | 'none';
  readonly minCount: number;
  readonly minPoints: number;
  readonly maxPoints: number;
}

/** ≥1 Ⅰ类 7–8; ≥5 Ⅱ类 5–6; 3–4 Ⅱ类 3–4; 1–2 Ⅱ类 1–2; 0 → 0. */
export const HIGH_TECH_IP_QUANTITY_BANDS: readonly IpQuantityBand[] = [
  {
    id: 'A',
    label: '1 项及以上Ⅰ类',
    kind: 'I',
    minCount: 1,
    minPoints: 7,
    maxPoints: 8,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'B',
    label: '5 项及以上Ⅱ类',
    kind: 'II',
    minCount: 5,
    minPoints: 5,
    maxPoints: 6,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'C',
    label: '3–4 项Ⅱ类',
    kind: 'II',
    minCount: 3,
    minPoints: 3,
    maxPoints: 4,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'D',
    label: '1–2 项Ⅱ类',
    kind: 'II',
    minCount: 1,
    minPoints: 1,
    maxPoints: 2,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    id: 'E',
    label: '0 项',
    kind: 'none',
    minCount: 0,
    minPoints: 0,
    maxPoints: 0,
    source: 'S14',
    doc: GUIDE,
    confidence: '✔',
  },
];

/** 知识产权获得方式 (≤6), the bonus for 参与编制标准 (≤2) and the indicator cap (30). */
export const HIGH_TECH_IP_OTHER = {
  acquisition: {
    selfDeveloped: { label: '有自主研发', minPoints: 1, maxPoints: 6 },
    acquiredOnly: { label: '仅有受让、受赠和并购等', minPoints: 1, maxPoints: 3 },
    none: { label: '无知识产权', minPoints: 0, maxPoints: 0 },
  },
  // "最高加 2 分": the expert may give 0, so the conservative end is 0.
  standardBonus: { minPoints: 0, maxPoints: 2 },
  cap: 30,
  source: 'S14',
  doc: GUIDE,
  confidence: '✔',
} as const;

/** One 研究开发组织管理水平 sub-item (yes/no) and its cap. */
export interface ManagementItem extends SourceRef {
  readonly field: 'rdManagementSystem' | 'rdInstitutionAndCooperation' | 'conversionIncentive' | 'talentSystem';
  readonly label: string;
  /** Points when present: the expert scores 1..cap depending on quality (lower end is our assumption, ✖). */
  readonly minPoints: number;
  readonly maxPoints: number;
}

/** 研究开发组织管理水平 (≤20): 6 / 6 / 4 / 4. */
export const HIGH_TECH_MANAGEMENT_ITEMS: readonly ManagementItem[] = [
  {
    field: 'rdManagementSystem',
    label: '研究开发组织管理制度、研发投入核算体系和研发费用辅助账',
    minPoints: 1,
    maxPoints: 6,
    source: 'S15',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    field: 'rdInstitutionAndCooperation',
    label: '内部研究开发机构（具备相应科研条件）及产学研合作',
    minPoints: 1,
    maxPoints: 6,
    source: 'S15',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    field: 'conversionIncentive',
    label: '科技成果转化组织实施与激励奖励制度、开放式创新创业平台',
    minPoints: 1,
    maxPoints: 4,
    source: 'S15',
    doc: GUIDE,
    confidence: '✔',
  },
  {
    field: 'talentSystem',
    label: '科技人员培养进修、职工技能培训、优秀人才引进及人才绩效评价奖励制度',
    minPoints: 1,
    maxPoints: 4,
    source: 'S15',
    doc: GUIDE,
    confidence: '✔',
  },
];

/** Innovation-capability pass line: total must exceed 70, i.e. ≥71 (integer scores); growth item caps. */
export const HIGH_TECH_INNOVATION = {
  passScore: 71,
  growthItemMax: 10,
  source: 'S17',
  doc: GUIDE,
  confidence: '✔',
} as const;
