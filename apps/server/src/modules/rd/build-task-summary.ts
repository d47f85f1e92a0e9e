import type { Kysely } from 'kysely';
import { RD_PERFORMER_LABELS, RD_TIER_GROUP_LABELS, parseRdPeriod, type RdPerformer, type RdTierGroup } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { intensityOf, sharePercent } from './rd-intensity';
import { gdpOf, namesOf, taskTotals, type AmountRow, type RdDimension } from './rd-summary.repository';
import type { RdTaskRow } from './rd-task.repository';

const amounts = (r: AmountRow | undefined) => ({
  units: r?.units ?? 0,
  rdStaff: r?.rd_staff ?? 0,
  internalTotal: r?.internal_total ?? '0.00',
  fundsGovernment: r?.funds_government ?? '0.00',
  external: r?.external ?? '0.00',
  deductionClaimed: r?.deduction_claimed ?? '0.00',
});

async function grouped(db: Kysely<DB>, taskId: number, statuses: string[], dimension: RdDimension, whole: string) {
  const rows = await taskTotals(db, taskId, statuses, dimension);
  const codes = rows.map((r) => r.key).filter((k): k is string => k !== null);
  const names = dimension === 'township' || dimension === 'industry' ? await namesOf(db, dimension, codes) : new Map<string, string>();
  const label = (key: string | null) => {
    if (key === null) return dimension === 'township' ? '未填乡镇' : '未填行业';
    if (dimension === 'tier') return RD_TIER_GROUP_LABELS[key as RdTierGroup] ?? key;
    if (dimension === 'performer') return RD_PERFORMER_LABELS[key as RdPerformer] ?? key;
    return names.get(key) ?? key;
  };
  return rows.map((r) => ({ key: r.key ?? '', label: label(r.key), ...amounts(r), sharePercent: sharePercent(r.internal_total, whole) }));
}

/** A task's totals by township, industry division, tier and performer, with R&D intensity against the period's GDP. */
export async function buildTaskSummary(db: Kysely<DB>, task: RdTaskRow, basis: 'approved' | 'reported') {
  const statuses = basis === 'approved' ? ['approved'] : ['submitted', 'approved'];
  const [totalRow] = await taskTotals(db, task.id, statuses);
  const total = amounts(totalRow);
  const [byTownship, byIndustry, byTier, byPerformer, gdp] = await Promise.all([
    grouped(db, task.id, statuses, 'township', total.internalTotal),
    grouped(db, task.id, statuses, 'industry', total.internalTotal),
    grouped(db, task.id, statuses, 'tier', total.internalTotal),
    grouped(db, task.id, statuses, 'performer', total.internalTotal),
    gdpOf(db, task.region_code, task.period),
  ]);
  return {
    taskId: task.id,
    period: task.period,
    periodLabel: parseRdPeriod(task.period)?.label ?? task.period,
    basis,
    published: task.published,
    total,
    byTownship,
    byIndustry,
    byTier,
    byPerformer,
    intensity: intensityOf(total.internalTotal, gdp),
  };
}
