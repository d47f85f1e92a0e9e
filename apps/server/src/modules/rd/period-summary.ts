import type { Kysely } from 'kysely';
import { formatWanText, parseRdPeriod } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { intensityOf } from './rd-intensity';
import { approvedForPeriod, gdpOf } from './rd-summary.repository';

/**
 * The R&D summary of a period ('2022H1', '2022'): the approved internal R&D total in a region
 * scope with the unit, enterprise and task ids behind it, and R&D intensity against the region's GDP for it.
 */
export async function rdPeriodSummary(db: Kysely<DB>, prefix: string, regionCode: string, periodCode: string) {
  const period = parseRdPeriod(periodCode);
  if (!period) throw new RangeError(`统计期间格式不正确：${periodCode}`);
  const { units, total } = await approvedForPeriod(db, prefix, period.code);
  return {
    period: period.code,
    periodLabel: period.label,
    approvedTotal: total,
    approvedTotalWan: formatWanText(total),
    units: units.length,
    unitIds: units.map((u) => u.id),
    enterpriseIds: units.map((u) => u.enterprise_id),
    taskIds: [...new Set(units.map((u) => u.task_id))],
    intensity: intensityOf(total, await gdpOf(db, regionCode, period.code)),
  };
}
