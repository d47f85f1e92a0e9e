import type { BandRow } from '../banding';
import type { SourceRef } from './source';

/** A 科技型中小企业 indicator band: lower bound in percent (inclusive) and the points it earns. */
export interface TechSmePercentBand extends BandRow {
  readonly points: number;
}

const S2: SourceRef = {
  source: 'S2',
  doc: '国科发政〔2017〕115号 附件《科技型中小企业评价指标及评价方法》',
  confidence: '✔',
};

/** 科技人员数占职工总数的比例 (20 分). */
export const TECH_SME_STAFF_BANDS: readonly TechSmePercentBand[] = [
  { id: 'A', label: '30% 及以上', min: 30, points: 20, ...S2 },
  { id: 'B', label: '25%–30%', min: 25, points: 16, ...S2 },
  { id: 'C', label: '20%–25%', min: 20, points: 12, ...S2 },
  { id: 'D', label: '15%–20%', min: 15, points: 8, ...S2 },
  { id: 'E', label: '10%–15%', min: 10, points: 4, ...S2 },
  { id: 'F', label: '10% 以下', min: null, points: 0, ...S2 },
];

/** 研发投入方式(1): 研发费用总额占销售收入总额的比例 (50 分). */
export const TECH_SME_RD_REVENUE_BANDS: readonly TechSmePercentBand[] = [
  { id: 'A', label: '6% 及以上', min: 6, points: 50, ...S2 },
  { id: 'B', label: '5%–6%', min: 5, points: 40, ...S2 },
  { id: 'C', label: '4%–5%', min: 4, points: 30, ...S2 },
  { id: 'D', label: '3%–4%', min: 3, points: 20, ...S2 },
  { id: 'E', label: '2%–3%', min: 2, points: 10, ...S2 },
  { id: 'F', label: '2% 以下', min: null, points: 0, ...S2 },
];

/** 研发投入方式(2): 研发费用总额占成本费用支出总额的比例 (50 分). */
export const TECH_SME_RD_COST_BANDS: readonly TechSmePercentBand[] = [
  { id: 'A', label: '30% 及以上', min: 30, points: 50, ...S2 },
  { id: 'B', label: '25%–30%', min: 25, points: 40, ...S2 },
  { id: 'C', label: '20%–25%', min: 20, points: 30, ...S2 },
  { id: 'D', label: '15%–20%', min: 15, points: 20, ...S2 },
  { id: 'E', label: '10%–15%', min: 10, points: 10, ...S2 },
  { id: 'F', label: '10% 以下', min: null, points: 0, ...S2 },
];

/** A 科技成果 band: at least `minCount` intellectual-property items of `kind`. */
export interface TechSmeIpBand extends SourceRef {
  readonly id: string;
  readonly label: string;
  readonly kind: 'I' | 'II' | 'none';
  readonly minCount: number;
  readonly points: number;
}

/** 科技成果 (30 分): 有效期内、与主要产品相关、无争议的知识产权; the first row the enterprise reaches applies. */
export const TECH_SME_IP_BANDS: readonly TechSmeIpBand[] = [
  { id: 'A', label: '1 项及以上Ⅰ类知识产权', kind: 'I', minCount: 1, points: 30, ...S2 },
  { id: 'B', label: '4 项及以上Ⅱ类知识产权', kind: 'II', minCount: 4, points: 24, ...S2 },
  { id: 'C', label: '3 项Ⅱ类知识产权', kind: 'II', minCount: 3, points: 18, ...S2 },
  { id: 'D', label: '2 项Ⅱ类知识产权', kind: 'II', minCount: 2, points: 12, ...S2 },
  { id: 'E', label: '1 项Ⅱ类知识产权', kind: 'II', minCount: 1, points: 6, ...S2 },
  { id: 'F', label: '没有知识产权', kind: 'none', minCount: 0, points: 0, ...S2 },
];
