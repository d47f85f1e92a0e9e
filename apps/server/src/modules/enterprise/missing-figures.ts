import type { Selectable } from 'kysely';
import type { PoolTarget } from '@kechuang/domain';
import type { EnterpriseTable, EnterpriseYearlyTable } from './enterprise.tables';

type Yearly = Selectable<EnterpriseYearlyTable>;

const LAST_YEAR_FIELDS: Record<PoolTarget, [keyof Yearly, string][]> = {
  // docs/rules.md §2.2: staff ratio and high-tech income share are judged on the latest year.
  high_tech: [
    ['staff_total', '职工总数'],
    ['tech_staff', '科技人员数'],
    ['hightech_income', '高新技术产品（服务）收入'],
  ],
  // docs/rules.md §1.3: the 科小 table scores the latest year's staff, R&D, revenue and assets.
  tech_sme: [
    ['staff_total', '职工总数'],
    ['tech_staff', '科技人员数'],
    ['revenue', '销售收入'],
    ['rd_expense', '研发费用'],
    ['cost_total', '成本费用总额'],
    ['total_assets', '资产总额'],
  ],
};

/**
 * The figures an engine needs that the register does not hold, in words ('缺少 2020 年度数据', '2021 年缺少研发费用').
 * An engine fed a missing figure as 0 would say the enterprise fails; the pool says 数据不足 instead. For 高企 the R&D
 * ratio needs revenue and R&D expense of each of the last three years, or of every year since founding if younger
 * (docs/rules.md §2.2).
 */
export function missingFigures(target: PoolTarget, e: Selectable<EnterpriseTable>, years: Yearly[]): string[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const last = sorted[sorted.length - 1];
  const missing: string[] = [];
  if (target === 'high_tech') {
    const founded = e.founded_on ? Number(e.founded_on.slice(0, 4)) : -Infinity;
    for (let y = Math.max(last.year - 2, founded); y <= last.year; y++) {
      const row = sorted.find((r) => r.year === y);
      if (!row) missing.push(`缺少 ${y} 年度数据`);
      else {
        const gaps = [row.revenue === null && '销售收入', row.rd_expense === null && '研发费用'].filter(Boolean);
        if (gaps.length) missing.push(`${y} 年缺少${gaps.join('、')}`);
      }
    }
  }
  const gaps = LAST_YEAR_FIELDS[target].filter(([k]) => last[k] === null).map(([, label]) => label);
  if (gaps.length) missing.push(`${last.year} 年缺少${gaps.join('、')}`);
  return missing;
}
