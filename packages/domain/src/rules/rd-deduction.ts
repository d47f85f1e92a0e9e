import { z } from 'zod';
import { add, formatYuan, fromPercent, mul, parseDecimal, ratio, sub } from './exact';
import type { NegativeListCheck } from './industry';
import { checkNegativeList, ZIndustryCode } from './industry';
import { ZFraction, ZYuan } from './schemas';
import type { RdDeductionPeriod } from './tables/rd-deduction-periods';
import { RD_DEDUCTION_PERIODS, RD_ENTERPRISE_TYPE_NAMES, RD_ENTERPRISE_TYPES } from './tables/rd-deduction-periods';
import { CIT_RATES } from './tables/tax-rates';
import { formatWanText } from '../platform/money-format';

/** Input of `deductionRatio`. `quarter` narrows the period to one quarter (for prepayment or the 2022 Q4 row). */
export const ZDeductionRatioInput = z.object({
  year: z.number().int().min(1949).max(2100),
  quarter: z.number().int().min(1).max(4).optional(),
  enterpriseType: z.enum(RD_ENTERPRISE_TYPES),
  industryCode: ZIndustryCode,
  /** Share of total income from the industry of `industryCode` (0–1); omitted = it is the main (>50%) business. */
  mainBusinessShare: ZFraction.optional(),
  /** Apply optional rows (the 2022 Q4 temporary uplift), which are off by default. */
  includeOptionalRows: z.boolean().default(false),
});
/** What callers pass to `deductionRatio`. */
export type TDeductionRatioInput = z.input<typeof ZDeductionRatioInput>;

/** The ratio that applies, why, and the policy row it came from. */
export interface DeductionRatioResult {
  readonly eligible: boolean;
  /** 加计扣除比例 for expensed R&D in percent (0 when not eligible). */
  readonly expensedPercent: number;
  /** Intangible assets are amortised at this percent of cost (100 = no extra deduction). */
  readonly intangiblePercent: number;
  readonly period: RdDeductionPeriod | null;
  readonly negativeList: NegativeListCheck;
  readonly lines: readonly string[];
}

function quarterRange(year: number, quarter?: number): [string, string] {
  if (!quarter) return [`${year}-01-01`, `${year}-12-31`];
  const m1 = String(quarter * 3 - 2).padStart(2, '0');
  const m3 = quarter * 3;
  const last = new Date(Date.UTC(year, m3, 0)).getUTCDate();
  return [`${year}-${m1}-01`, `${year}-${String(m3).padStart(2, '0')}-${last}`];
}

/** 研发费用加计扣除比例 for a year (or quarter) and enterprise type, after the 财税〔2015〕119号 industry check. */
export function deductionRatio(raw: TDeductionRatioInput): DeductionRatioResult {
  const input = ZDeductionRatioInput.parse(raw);
  const typeName = RD_ENTERPRISE_TYPE_NAMES[input.enterpriseType];
  const [from, to] = quarterRange(input.year, input.quarter);
  const label = input.quarter ? `${input.year} 年第 ${input.quarter} 季度` : `${input.year} 年度`;
  const negativeList = checkNegativeList(input.industryCode, input.mainBusinessShare);
  const lines: string[] = [];
  if (input.enterpriseType === 'manufacturing' && negativeList.industry.section !== 'C') {
    lines.push(`提示：行业代码 ${negativeList.industry.code} 不属于制造业（C 门类），请核实企业类型`);
  }
  if (negativeList.excluded) {
    lines.unshift(negativeList.message, `${label}不能享受研发费用加计扣除`);
    return { eligible: false, expensedPercent: 0, intangiblePercent: 100, period: null, negativeList, lines };
  }
  const forType = RD_DEDUCTION_PERIODS.filter((p) => p.enterpriseTypes.includes(input.enterpriseType));
  const covers = (p: RdDeductionPeriod) => p.from <= from && (p.to === null || p.to >= to);
  const matches = forType.filter((p) => covers(p) && (!p.optional || input.includeOptionalRows));
  const best = matches.reduce<RdDeductionPeriod | null>(
    (b, p) => (b === null || p.expensedPercent > b.expensedPercent ? p : b),
    null,
  );
  // Rows that touch the period without covering it (e.g. the 2022 Q4 uplift on a whole-year query) are mentioned.
  for (const p of forType) {
    const overlaps = p.from <= to && (p.to === null || p.to >= from);
    if (overlaps && !matches.includes(p) && (best === null || p.expensedPercent > best.expensedPercent)) {
      lines.push(
        `另：${p.from} 至 ${p.to ?? '今'} ${p.note}（${p.doc}）${p.optional ? '，默认未启用' : '，未覆盖整个所查期间'}`,
      );
    }
  }
  if (!best) {
    lines.unshift(`${label}不在加计扣除政策表覆盖范围（2016 年起），请人工核定`);
    return { eligible: false, expensedPercent: 0, intangiblePercent: 100, period: null, negativeList, lines };
  }
  lines.unshift(
    negativeList.message,
    `${label}${typeName}适用 ${best.doc}：${best.note}`,
    `费用化研发费用按实际发生额的 ${best.expensedPercent}% 加计扣除；形成无形资产的，按无形资产成本的 ${best.intangiblePercent}% 在税前摊销`,
  );
  return {
    eligible: true,
    expensedPercent: best.expensedPercent,
    intangiblePercent: best.intangiblePercent,
    period: best,
    negativeList,
    lines,
  };
}

/** Input of `estimateDeduction`; `ratio` may be a `deductionRatio` result. */
export const ZDeductionEstimateInput = z.object({
  /** 费用化研发费用 (元). */
  expensedRd: ZYuan,
  /** 本年度资本化研发费用形成的无形资产按成本计算的摊销额 (元). */
  capitalisedRdAmortisation: ZYuan.default(0),
  ratio: z.object({ expensedPercent: z.number().nonnegative(), intangiblePercent: z.number().min(100) }),
  taxRate: z.enum(['general', 'high-tech']),
});
/** What callers pass to `estimateDeduction`. */
export type TDeductionEstimateInput = z.input<typeof ZDeductionEstimateInput>;

/** The estimated deduction and tax saving (元, 2 decimals, rounded half-up) with the working. */
export interface DeductionEstimate {
  readonly expensedDeduction: string;
  readonly intangibleDeduction: string;
  readonly deduction: string;
  readonly taxRatePercent: number;
  readonly taxSaving: string;
  readonly lines: readonly string[];
}

/** 加计扣除额 = 费用化研发费用 × 比例 + 无形资产摊销额 × (摊销比例 − 100%); 节税额 = 加计扣除额 × 税率. */
export function estimateDeduction(raw: TDeductionEstimateInput): DeductionEstimate {
  const input = ZDeductionEstimateInput.parse(raw);
  const rate = CIT_RATES.find((r) => r.id === input.taxRate) ?? CIT_RATES[0];
  const expensed = parseDecimal(input.expensedRd);
  const amort = parseDecimal(input.capitalisedRdAmortisation);
  const expRatio = fromPercent(input.ratio.expensedPercent);
  const extraIntangible = sub(fromPercent(input.ratio.intangiblePercent), ratio(1n));
  const expensedDeduction = mul(expensed, expRatio);
  const intangibleDeduction = mul(amort, extraIntangible);
  const deduction = add(expensedDeduction, intangibleDeduction);
  const taxSaving = mul(deduction, fromPercent(rate.percent));
  const lines = [
    `费用化研发费用 ${formatWanText(expensed)} × 加计扣除比例 ${input.ratio.expensedPercent}% = ${formatWanText(expensedDeduction)}`,
    `无形资产本年摊销额 ${formatWanText(amort)} ×（${input.ratio.intangiblePercent}% − 100%）= ${formatWanText(intangibleDeduction)}`,
    `加计扣除额合计 ${formatWanText(deduction)}，相应调减应纳税所得额`,
    `按企业所得税税率 ${rate.percent}%（${rate.label}）计算，可少缴企业所得税 ${formatWanText(taxSaving)}`,
    '注：实际少缴税额以当年应纳税所得额为限；亏损企业加计扣除形成的亏损可按规定向以后年度结转',
  ];
  return {
    expensedDeduction: formatYuan(expensedDeduction),
    intangibleDeduction: formatYuan(intangibleDeduction),
    deduction: formatYuan(deduction),
    taxRatePercent: rate.percent,
    taxSaving: formatYuan(taxSaving),
    lines,
  };
}
