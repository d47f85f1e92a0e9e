import type { Kysely } from 'kysely';
import {
  competitionRanks,
  completionRate,
  elapsedShare,
  exact,
  percentText,
  reportPeriod,
  shiftYearBack,
  type IndicatorReadings,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { childrenOf, targetsOf } from './indicator.repository';
import { presentReading } from './present-reading';
import { resolveReadingScope } from './reading-scope';
import type { RegionValue } from './region-values';
import type { RegionValueSource } from './remembered-values';

/**
 * The indicator table of a region (issue 18): each indicator's actual at the date, its target set by the region
 * above, 完成率 against 序时进度, the change on the same period last year, and its rank among the sibling regions
 * by value and by 完成率. The siblings' values are computed to rank, and never leave the server.
 */
export async function readReadings(
  db: Kysely<DB>,
  valuesOf: RegionValueSource,
  auth: AuthContext,
  q: { region?: string; period: string; date?: string; template?: number },
): Promise<IndicatorReadings> {
  const s = await resolveReadingScope(db, auth, q);
  const year = Number(s.period.code.slice(0, 4));
  const siblings = s.region.parent_code ? await childrenOf(db, s.region.parent_code) : [];
  const ranked = siblings.some((r) => r.code === s.region.code) ? siblings : [s.region];
  const lastPeriod = reportPeriod(shiftYearBack(s.period.code))!;
  const [values, lastYear, targets] = await Promise.all([
    Promise.all(ranked.map((r) => valuesOf(s.definitions, r.code, s.period, s.date))),
    valuesOf(s.definitions, s.region.code, lastPeriod, shiftYearBack(s.date)),
    targetsOf(
      db,
      ranked.map((r) => r.code),
      year,
    ),
  ]);
  const self = ranked.findIndex((r) => r.code === s.region.code);
  const elapsed = elapsedShare(s.date);
  const rows = s.definitions.map((d) => {
    const targetOf = (code: string) => targets.find((t) => t.region_code === code && t.indicator_key === d.key);
    const actuals = values.map((v) => v.get(d.key)!.value);
    const rates = ranked.map((r, i) => {
      const t = targetOf(r.code);
      return completionRate(actuals[i], t ? exact.parseDecimal(t.target) : null, d.direction);
    });
    const own: RegionValue = values[self].get(d.key)!;
    const target = targetOf(s.region.code);
    return presentReading(d, own, {
      target: target?.target ?? null,
      halfYearTarget: target?.half_year_target ?? null,
      rate: rates[self],
      elapsed,
      lastYear: lastYear.get(d.key)!.value,
      rankByValue: competitionRanks(actuals, d.direction)[self],
      rankByRate: competitionRanks(rates, 'higher')[self],
      siblingCount: ranked.length,
    });
  });
  return {
    regionCode: s.region.code,
    regionName: s.region.name,
    period: s.period,
    asOf: s.date,
    elapsedShare: percentText(elapsed),
    templateId: s.templateId,
    rows,
  };
}
