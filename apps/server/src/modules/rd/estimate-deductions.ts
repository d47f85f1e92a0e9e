import type { Kysely } from 'kysely';
import {
  deductionRatio,
  estimateDeduction,
  exact,
  parseIndustryCode,
  parseRdPeriod,
  type DeductionRatioResult,
  formatWanText,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';

// 委托境内研发按实际发生额的 80% 计入加计扣除基数 (docs/rules.md §3.2).
const COMMISSIONED_SHARE = exact.ratio(80n, 100n);

/**
 * 加计扣除 estimate per approved unit: base = 内部支出 − 仪器设备购置（资产性支出）+ 外部支出 × 80%; the ratio from
 * `deductionRatio` (the best of the types the unit qualifies as), the amount and tax saving from `estimateDeduction`.
 */
export async function estimateTaskDeductions(db: Kysely<DB>, taskId: number) {
  const units = await db
    .selectFrom('rd_task_unit as u')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .select([
      'u.id',
      'u.enterprise_id',
      'e.name',
      'u.period',
      'u.industry_code',
      'u.is_high_tech',
      'u.is_tech_sme',
      'u.internal_total',
      'u.equipment',
      'u.external_spend',
      'u.deduction_claimed',
    ])
    .where('u.task_id', '=', taskId)
    .where('u.status', '=', 'approved')
    .orderBy('e.name_pinyin')
    .execute();
  const rows = units.map((u) => {
    const year = parseRdPeriod(u.period)!.year;
    const industry = u.industry_code && parseIndustryCode(u.industry_code) ? u.industry_code : null;
    const base = exact.add(
      exact.sub(exact.parseDecimal(u.internal_total ?? '0'), exact.parseDecimal(u.equipment ?? '0')),
      exact.mul(exact.parseDecimal(u.external_spend ?? '0'), COMMISSIONED_SHARE),
    );
    const expensedRd = exact.formatYuan(exact.sign(base) < 0 ? exact.ratio(0n) : base);
    const none = {
      unitId: u.id,
      enterpriseId: u.enterprise_id,
      enterpriseName: u.name,
      claimed: u.deduction_claimed,
      expensedRd,
    };
    if (!industry) {
      return {
        ...none,
        enterpriseType: '未知',
        eligible: false,
        expensedPercent: 0,
        deduction: '0.00',
        taxSaving: '0.00',
        lines: ['缺少有效的行业代码，无法判断是否属于不适用加计扣除的行业，未测算'],
      };
    }
    const types = [
      ...(u.is_tech_sme ? (['tech-sme'] as const) : []),
      ...(parseIndustryCode(industry)!.section === 'C' ? (['manufacturing'] as const) : []),
      'general' as const,
    ];
    const best = types
      .map((t) => ({ t, r: deductionRatio({ year, enterpriseType: t, industryCode: industry }) }))
      .reduce<{ t: string; r: DeductionRatioResult } | null>(
        (b, x) => (b === null || x.r.expensedPercent > b.r.expensedPercent ? x : b),
        null,
      )!;
    if (!best.r.eligible) {
      return {
        ...none,
        enterpriseType: best.t,
        eligible: false,
        expensedPercent: 0,
        deduction: '0.00',
        taxSaving: '0.00',
        lines: [...best.r.lines],
      };
    }
    const est = estimateDeduction({ expensedRd, ratio: best.r, taxRate: u.is_high_tech ? 'high-tech' : 'general' });
    const baseLine = `加计扣除基数 = 内部支出 ${formatWanText(u.internal_total ?? '0')} − 仪器和设备购置费 ${formatWanText(u.equipment ?? '0')} + 外部支出 ${formatWanText(u.external_spend ?? '0')} × 80% = ${formatWanText(expensedRd)}`;
    return {
      ...none,
      enterpriseType: best.t,
      eligible: true,
      expensedPercent: best.r.expensedPercent,
      deduction: est.deduction,
      taxSaving: est.taxSaving,
      lines: [baseLine, ...best.r.lines, ...est.lines],
    };
  });
  const add = (pick: (r: (typeof rows)[number]) => string | null) =>
    exact.formatYuan(exact.sum(rows.map((r) => exact.parseDecimal(pick(r) ?? '0'))));
  return {
    rows,
    total: {
      expensedRd: add((r) => r.expensedRd),
      deduction: add((r) => r.deduction),
      taxSaving: add((r) => r.taxSaving),
      claimed: add((r) => r.claimed),
    },
  };
}
