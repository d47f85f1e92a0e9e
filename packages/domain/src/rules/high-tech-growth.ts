import { bandPhrase, pickBand } from './banding';
import type { Ratio } from './exact';
import { add, div, formatPercent, isZero, mul, parseDecimal, ratio, sign, sub } from './exact';
import type { GrowthItem } from './high-tech-schema';
import { HIGH_TECH_GROWTH_BANDS, HIGH_TECH_INNOVATION } from './tables/high-tech-scoring';
import { formatWanText } from '../platform/money-format';

/** One year-end (净资产) or yearly (销售收入) figure of the growth formula. */
export interface GrowthPoint {
  readonly year: number;
  readonly value: number | string;
}

const HALF = ratio(1n, 2n);
const ONE = ratio(1n);

function zeroItem(indicator: string, rule: GrowthItem['rule'], why: string): GrowthItem {
  const f = HIGH_TECH_GROWTH_BANDS[HIGH_TECH_GROWTH_BANDS.length - 1];
  const itemMax = HIGH_TECH_INNOVATION.growthItemMax;
  return {
    indicator,
    value: null,
    rule,
    bandId: f.id,
    bandLabel: f.label,
    minPoints: 0,
    maxPoints: 0,
    itemMax,
    message: `${indicator}：${why}，按 0 分计`,
  };
}

/**
 * 净资产增长率 / 销售收入增长率 per the 工作指引: ½ × (第二年/第一年 + 第三年/第二年) − 1 over the last three
 * years. Zero rules: 第二年为 0 → 0 分; 第一年为 0 → 按后两年计算 (第三年/第二年 − 1); 不满三年按实际 (two years:
 * 第二年/第一年 − 1; one year: not computable → 0 分). A growth rate ≤ 0 scores 0. Returns the band and the
 * point range the experts choose within.
 */
export function scoreGrowth(indicator: string, points: readonly GrowthPoint[]): GrowthItem {
  const sorted = [...points].sort((a, b) => a.year - b.year).slice(-3);
  const v = sorted.map((p) => parseDecimal(p.value));
  const lbl = (i: number) => `${sorted[i].year} 年 ${formatWanText(v[i])}`;
  let rate: Ratio;
  let formula: string;
  let rule: GrowthItem['rule'];
  if (sorted.length < 2) return zeroItem(indicator, 'not-computable', '经营不满两个会计年度，无法计算增长率');
  if (sorted.length === 2) {
    if (isZero(v[0])) return zeroItem(indicator, 'not-computable', `仅有两年数据且第一年为 0（${lbl(0)}），无法计算`);
    rate = sub(div(v[1], v[0]), ONE);
    formula = `${lbl(1)} ÷ ${lbl(0)} − 1（不满三年按实际经营年度）`;
    rule = 'two-years';
  } else if (isZero(v[1])) {
    return zeroItem(indicator, 'second-year-zero', `第二年为 0（${lbl(1)}）`);
  } else if (isZero(v[0])) {
    rate = sub(div(v[2], v[1]), ONE);
    formula = `${lbl(2)} ÷ ${lbl(1)} − 1（第一年为 0，按后两年计算）`;
    rule = 'first-year-zero';
  } else {
    rate = sub(mul(HALF, add(div(v[1], v[0]), div(v[2], v[1]))), ONE);
    formula = `½ ×（${lbl(1)} ÷ ${lbl(0)} + ${lbl(2)} ÷ ${lbl(1)}）− 1`;
    rule = 'three-years';
  }
  const band = pickBand(rate, HIGH_TECH_GROWTH_BANDS, 'percent');
  const shown = formatPercent(rate);
  const negativeBase = v.slice(0, -1).some((x) => sign(x) < 0) ? '（注意：存在为负数的基期数值，结果须专家复核）' : '';
  const pts = band.maxPoints === 0 ? '得 0 分' : `可得 ${band.minPoints}–${band.maxPoints} 分`;
  return {
    indicator,
    value: shown,
    bandId: band.id,
    bandLabel: band.label,
    minPoints: band.minPoints,
    maxPoints: band.maxPoints,
    itemMax: HIGH_TECH_INNOVATION.growthItemMax,
    rule,
    message: `${indicator} = ${formula} = ${shown}，${bandPhrase(band.label)}（${band.id}），${pts}${negativeBase}`,
  };
}
