import type { Kysely } from 'kysely';
import { competitionRanks, completionRate, exact, percentText, type IndicatorComparison } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { childrenOf, targetsOf } from './indicator.repository';
import { valueText } from './present-reading';
import { resolveReadingScope } from './reading-scope';
import type { RegionValueSource } from './remembered-values';

/**
 * One indicator over the children of a region in the user's scope (a city's counties, the province's cities):
 * value, target, 完成率 and ranks, best first. The total is the region's own value over the same records, so a
 * count or a sum equals the children's total (roll-ups are never a stored copy).
 */
export async function readComparison(
  db: Kysely<DB>,
  valuesOf: RegionValueSource,
  auth: AuthContext,
  q: { region?: string; period: string; date?: string; template?: number; indicator: string },
): Promise<IndicatorComparison> {
  const s = await resolveReadingScope(db, auth, q);
  const d = s.definitions.find((x) => x.key === q.indicator);
  if (!d) throw new AppError('VALIDATION_FAILED', `指标 ${q.indicator} 不在所选指标模板中`);
  const children = await childrenOf(db, s.region.code);
  if (children.length === 0) throw new AppError('VALIDATION_FAILED', `区划 ${s.region.name} 没有下级区划可对比`);
  const year = Number(s.period.code.slice(0, 4));
  const [values, total, targets] = await Promise.all([
    Promise.all(children.map((c) => valuesOf([d], c.code, s.period, s.date))),
    valuesOf([d], s.region.code, s.period, s.date),
    targetsOf(
      db,
      children.map((c) => c.code),
      year,
    ),
  ]);
  const actuals = values.map((v) => v.get(d.key)!.value);
  const targetTexts = children.map(
    (c) => targets.find((t) => t.region_code === c.code && t.indicator_key === d.key)?.target ?? null,
  );
  const rates = actuals.map((a, i) =>
    completionRate(a, targetTexts[i] === null ? null : exact.parseDecimal(targetTexts[i]), d.direction),
  );
  const byValue = competitionRanks(actuals, d.direction);
  const byRate = competitionRanks(rates, 'higher');
  const rows = children.map((c, i) => ({
    regionCode: c.code,
    regionName: c.name,
    actual: valueText(actuals[i], d.decimals),
    target: targetTexts[i],
    completionRate: rates[i] === null ? null : percentText(rates[i]),
    rankByValue: byValue[i],
    rankByRate: byRate[i],
  }));
  rows.sort(
    (a, b) => (a.rankByValue ?? Infinity) - (b.rankByValue ?? Infinity) || (a.regionCode < b.regionCode ? -1 : 1),
  );
  return {
    regionCode: s.region.code,
    period: s.period,
    indicator: { key: d.key, name: d.name, unit: d.unit, direction: d.direction },
    rows,
    total: valueText(total.get(d.key)!.value, d.decimals),
  };
}
