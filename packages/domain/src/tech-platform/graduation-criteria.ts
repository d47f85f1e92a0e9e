import * as exact from '../rules/exact';
import type { SourceRef } from '../rules/tables/source';

/**
 * 在孵企业毕业条件 (any one suffices), docs/rules.md §5.4: 《科技企业孵化器管理办法》 国科发区〔2018〕300号 [S54].
 * The thresholds are the document's, in 元; a criterion the enterprise register can answer is checked against it,
 * the others need the evidence stated.
 */
export const GRADUATION_CRITERIA_IDS = ['high_tech', 'financing', 'revenue', 'acquired_listed'] as const;
export type GraduationCriterionId = (typeof GRADUATION_CRITERIA_IDS)[number];

export interface GraduationCriterion extends SourceRef {
  readonly id: GraduationCriterionId;
  readonly label: string;
  /** The amount to exceed (元, strictly greater), where the criterion has one. */
  readonly above: string | null;
  /** Whether the enterprise register holds what the criterion needs (else the evidence must be stated). */
  readonly register: boolean;
}

const S54: SourceRef = { source: 'S54', doc: '《科技企业孵化器管理办法》（国科发区〔2018〕300号）', confidence: '✔' };

export const GRADUATION_CRITERIA: readonly GraduationCriterion[] = [
  { id: 'high_tech', label: '被认定为高新技术企业', above: null, register: true, ...S54 },
  { id: 'financing', label: '获得天使投资或风险投资累计超过 500 万元', above: '5000000', register: false, ...S54 },
  { id: 'revenue', label: '连续两年营业收入累计超过 1000 万元', above: '10000000', register: true, ...S54 },
  { id: 'acquired_listed', label: '被兼并、收购或在国内外资本市场挂牌、上市', above: null, register: false, ...S54 },
];

export const graduationCriterion = (id: GraduationCriterionId) => GRADUATION_CRITERIA.find((c) => c.id === id)!;

/** What the user states for a graduation. */
export interface GraduationClaim {
  criterion: GraduationCriterionId;
  graduatedOn: string;
  /** 证明材料说明: required where the register cannot answer. */
  evidence?: string | null;
  /** 融资金额 (元), for `financing`. */
  financingAmount?: string | null;
  /** For `revenue` when the register lacks a year: the first of the two years and each year's revenue (元). */
  revenueFromYear?: number | null;
  statedRevenue?: readonly [string, string] | null;
}

/** What the enterprise register holds about the incubatee. */
export interface GraduationRegisterFacts {
  /** The years of its certified 高新技术企业 qualifications. */
  highTechYears: readonly number[];
  /** Its yearly revenue (元) by year, where reported. */
  revenueByYear: Readonly<Record<number, string | null>>;
}

export type GraduationCheck =
  | { ok: true; basis: string }
  | { ok: false; field: 'criterion' | 'evidence' | 'financingAmount' | 'statedRevenue'; message: string };

const wan = (yuan: string) => exact.formatWan(exact.parseDecimal(yuan));

/** Checks a graduation reason against the criteria and the register; the result explains itself in Chinese. */
export function checkGraduation(claim: GraduationClaim, reg: GraduationRegisterFacts): GraduationCheck {
  const c = graduationCriterion(claim.criterion);
  const refuse = (field: Extract<GraduationCheck, { ok: false }>['field'], why: string): GraduationCheck => ({
    ok: false,
    field,
    message: `毕业条件“${c.label}”不成立：${why}`,
  });
  const evidence = claim.evidence?.trim();
  const year = Number(claim.graduatedOn.slice(0, 4));
  switch (c.id) {
    case 'high_tech': {
      const years = reg.highTechYears.filter((y) => y <= year);
      if (years.length === 0) return refuse('criterion', '企业库中该企业在毕业日期前没有已认定的高新技术企业资格');
      return { ok: true, basis: `企业库：${Math.max(...years)}年认定为高新技术企业` };
    }
    case 'financing': {
      if (!claim.financingAmount) return refuse('financingAmount', '请填写融资金额（企业库无融资数据）');
      if (exact.cmp(exact.parseDecimal(claim.financingAmount), exact.parseDecimal(c.above!)) <= 0) {
        return refuse('financingAmount', `融资金额 ${wan(claim.financingAmount)} 未超过 ${wan(c.above!)}`);
      }
      if (!evidence) return refuse('evidence', '请说明证明材料（投资协议、银行入账凭证等）');
      return { ok: true, basis: `融资 ${wan(claim.financingAmount)}；证明材料：${evidence}` };
    }
    case 'revenue': {
      const from = claim.revenueFromYear ?? year - 2;
      const years = [from, from + 1];
      if (years[1] > year) return refuse('statedRevenue', `${years[1]}年晚于毕业日期所在年度`);
      const inRegister = years.map((y) => reg.revenueByYear[y] ?? null);
      let amounts: string[];
      let source: string;
      if (inRegister.every((v) => v !== null)) {
        amounts = inRegister as string[];
        source = '企业库';
      } else {
        if (!claim.statedRevenue) {
          return refuse('statedRevenue', `企业库缺少 ${years.join('、')} 年营业收入，请填写两年营业收入并说明证明材料`);
        }
        if (!evidence) return refuse('evidence', '请说明营业收入的证明材料（年度财务报表、纳税申报表等）');
        amounts = [...claim.statedRevenue];
        source = `填报（${evidence}）`;
      }
      const total = exact.sum(amounts.map((a) => exact.parseDecimal(a)));
      const shown = `${years[0]}—${years[1]}年营业收入合计 ${exact.formatWan(total)}`;
      if (exact.cmp(total, exact.parseDecimal(c.above!)) <= 0) {
        return refuse(
          source === '企业库' ? 'criterion' : 'statedRevenue',
          `${source}${shown}，未超过 ${wan(c.above!)}`,
        );
      }
      return { ok: true, basis: `${source}：${shown}` };
    }
    case 'acquired_listed':
      if (!evidence) return refuse('evidence', '请说明兼并、收购或挂牌上市的证明材料（企业库无此数据）');
      return { ok: true, basis: `证明材料：${evidence}` };
  }
}
