import type { Kysely } from 'kysely';
import { parseRdPeriod, periodSortKey } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { intensityOf } from './rd-intensity';
import { approvedByPeriod } from './rd-summary.repository';

/** Approved totals per period in a scope, with the region's GDP and intensity where entered, oldest first. */
export async function buildTrend(db: Kysely<DB>, prefix: string, regionCode: string) {
  const rows = await approvedByPeriod(db, prefix);
  const gdp = await db
    .selectFrom('indicator_value')
    .selectAll()
    .where('code', '=', 'gdp')
    .where('region_code', '=', regionCode)
    .execute();
  const periods = [...new Set([...rows.map((r) => r.period), ...gdp.map((g) => g.period)])].sort((a, b) =>
    periodSortKey(a).localeCompare(periodSortKey(b)),
  );
  return periods.map((p) => {
    const r = rows.find((x) => x.period === p);
    const g = gdp.find((x) => x.period === p);
    const total = r?.total ?? '0.00';
    return {
      period: p,
      periodLabel: parseRdPeriod(p)?.label ?? p,
      units: r?.units ?? 0,
      internalTotal: total,
      gdp: g?.value ?? null,
      intensityPercent: r ? (intensityOf(total, g)?.percent ?? null) : null,
    };
  });
}
