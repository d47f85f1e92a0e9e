import type { Kysely } from 'kysely';
import {
  RD_PERFORMER_LABELS,
  RD_TIER_GROUP_LABELS,
  parseRdPeriod,
  type RdPerformer,
  type RdTierGroup,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { intensityOf, sharePercent } from './rd-intensity';
import { gdpOf, taskSummaryRows, type AmountRow, type RdDimension, type SummaryRow } from './rd-summary.repository';
import type { RdTaskRow } from './rd-task.repository';

const amounts = (r: AmountRow | undefined) => ({
  units: r?.units ?? 0,
  rdStaff: r?.rd_staff ?? 0,
  internalTotal: r?.internal_total ?? '0.00',
  fundsGovernment: r?.funds_government ?? '0.00',
  external: r?.external ?? '0.00',
  deductionClaimed: r?.deduction_claimed ?? '0.00',
});

function grouped(rows: SummaryRow[], dimension: RdDimension, whole: string) {
  const label = (r: SummaryRow) => {
    if (r.key === null) return dimension === 'township' ? '未填乡镇' : '未填行业';
    if (dimension === 'tier') return RD_TIER_GROUP_LABELS[r.key as RdTierGroup] ?? r.key;
    if (dimension === 'performer') return RD_PERFORMER_LABELS[r.key as RdPerformer] ?? r.key;
    return r.name ?? r.key;
  };
  return rows
    .filter((r) => r.dimension === dimension)
    .map((r) => ({
      key: r.key ?? '',
      label: label(r),
      ...amounts(r),
      sharePercent: sharePercent(r.internal_total, whole),
    }));
}

/** A task's totals by township, industry division, tier and performer, with R&D intensity against the period's GDP. */
export async function buildTaskSummary(db: Kysely<DB>, task: RdTaskRow, basis: 'approved' | 'reported') {
  const statuses = basis === 'approved' ? ['approved'] : ['submitted', 'approved'];
  // Two statements: every total by GROUPING SETS, and the GDP (bench/FINDINGS.md F6).
  const [rows, gdp] = await Promise.all([
    taskSummaryRows(db, task.id, statuses),
    gdpOf(db, task.region_code, task.period),
  ]);
  const total = amounts(rows.find((r) => r.dimension === 'total'));
  return {
    taskId: task.id,
    period: task.period,
    periodLabel: parseRdPeriod(task.period)?.label ?? task.period,
    basis,
    published: task.published,
    total,
    byTownship: grouped(rows, 'township', total.internalTotal),
    byIndustry: grouped(rows, 'industry', total.internalTotal),
    byTier: grouped(rows, 'tier', total.internalTotal),
    byPerformer: grouped(rows, 'performer', total.internalTotal),
    intensity: intensityOf(total.internalTotal, gdp),
  };
}
