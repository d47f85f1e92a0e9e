import type { Kysely } from 'kysely';
import type { IndicatorDefinition, ReportPeriod } from '@kechuang/domain';
import type { Remember } from '../../platform/audit/remember-until-change';
import type { DB } from '../../platform/db/schema';
import type { FactSource } from '../../platform/module-kit/collect-facts';
import { regionValues, type RegionValue } from './region-values';

/** The values of a set of definitions for one region, period and date. */
export type RegionValueSource = (
  defs: readonly IndicatorDefinition[],
  regionCode: string,
  period: ReportPeriod,
  date: string,
) => Promise<Map<string, RegionValue>>;

// A template's definitions are one array per request: their text is made once, not once per region.
const signatures = new WeakMap<readonly IndicatorDefinition[], string>();
function signatureOf(defs: readonly IndicatorDefinition[]): string {
  let text = signatures.get(defs);
  if (text === undefined) signatures.set(defs, (text = JSON.stringify(defs)));
  return text;
}

/**
 * Regions' indicator values, remembered until the next audited change: a city's dashboard computes every sibling
 * city's values to rank it, and without this each open recomputed them all (bench/FINDINGS.md F22).
 */
export function rememberedValues(db: Kysely<DB>, collectFacts: FactSource, remember: Remember): RegionValueSource {
  return (defs, regionCode, period, date) =>
    remember(['values', regionCode, period.code, date, signatureOf(defs)], () =>
      regionValues(db, collectFacts, defs, regionCode, period, date),
    );
}
