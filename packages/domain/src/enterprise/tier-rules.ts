import type { Tier } from './enterprise.enums';

/**
 * Per-tier rules the register applies; numbers with their sources (docs/rules.md §1.4, §1.5, §2.4), never literals in
 * code; the texts name the policy a person can look up (source tags [Sn] of docs/rules.md §8.2 stay in comments).
 * validityYears null = valid for the registration year only (科小 入库登记编号当年有效, docs/rules.md §1.4 [S8]).
 */
export const TIER_RULES: Record<Tier, { validityYears: number | null; noticeWorkingDays: number; source: string }> = {
  tech_sme: {
    validityYears: null,
    noticeWorkingDays: 10,
    // [S8]
    source: '科技型中小企业评价办法：入库登记编号当年有效；公示 10 个工作日为通行做法',
  },
  provincial_innovative: {
    validityYears: 3,
    noticeWorkingDays: 5,
    // [S79][S80]
    source: '甘肃省科技创新型企业认定办法（2024）：认定后网上公示；有效期按 3 年配置',
  },
  high_tech: {
    validityYears: 3,
    noticeWorkingDays: 10,
    // [S23] [S20]
    source: '高新技术企业认定管理办法：证书有效期 3 年；认定管理工作指引：公示 10 个工作日',
  },
  little_giant: { validityYears: 3, noticeWorkingDays: 5, source: '科技"小巨人"：甘肃未见规则，按可配置梯度处理' },
};

/** Yearly obligations per tier, as month-day deadlines (docs/rules.md §1.4, §2.4). */
export const TIER_OBLIGATIONS: { tier: Tier; kind: string; title: string; due: string; consequence: string }[] = [
  {
    tier: 'high_tech',
    kind: 'annual-report',
    title: '高企年度发展情况报表',
    due: '05-31',
    // [S22]
    consequence: '累计两年未填报将被取消高企资格（《高新技术企业认定管理工作指引》，国科发火〔2016〕195号）',
  },
  {
    tier: 'tech_sme',
    kind: 'annual-update',
    title: '科技型中小企业年度信息更新',
    due: '09-30',
    // [S10]
    consequence: '未按期更新信息表将被撤销登记编号（《科技型中小企业评价办法》，国科发政〔2017〕115号）',
  },
];

/** Days before a certificate's expiry from which it is listed as falling due. */
export const EXPIRY_WARNING_DAYS = 90;

/** The last day a certification is valid, from its certification date. */
export function validUntil(tier: Tier, certifiedOn: string): string {
  const rule = TIER_RULES[tier];
  const [y, m, d] = certifiedOn.split('-').map(Number);
  if (rule.validityYears === null) return `${y}-12-31`;
  const end = new Date(Date.UTC(y + rule.validityYears, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
