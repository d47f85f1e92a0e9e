import type { Kysely } from 'kysely';
import {
  evaluateFormula,
  exact,
  matchFacts,
  parseFormula,
  formulaReferences,
  type IndicatorDefinition,
  type Ratio,
  type ReportFact,
  type ReportPeriod,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { FactSource } from '../../platform/module-kit/collect-facts';

/** One indicator's actual for one region: its exact value and the facts behind it. */
export interface RegionValue {
  value: Ratio | null;
  facts: ReportFact[];
  manualSource: string | null;
}

/** The fact keys and hand-entered keys a set of definitions reads (so only those facts are computed). */
export function referencesOf(defs: readonly IndicatorDefinition[]) {
  const factKeys = new Set<string>();
  const manualKeys = new Set<string>();
  for (const d of defs) {
    if (d.source === 'manual') manualKeys.add(d.key);
    else if (d.formula) {
      const refs = formulaReferences(parseFormula(d.formula));
      refs.factKeys.forEach((k) => factKeys.add(k));
      refs.manualKeys.forEach((k) => manualKeys.add(k));
    }
  }
  return { factKeys: [...factKeys], manualKeys: [...manualKeys] };
}

/**
 * Hand-entered values of a region and period: the region's own entry, or else the sum of the entries of the
 * regions inside it (a city's GDP as its counties' when the city entered none; never for a percentage).
 */
async function manualValues(
  db: Kysely<DB>,
  regionCode: string,
  period: string,
  defs: readonly IndicatorDefinition[],
  keys: readonly string[],
): Promise<Map<string, { value: Ratio; source: string }>> {
  const out = new Map<string, { value: Ratio; source: string }>();
  if (keys.length === 0) return out;
  const rows = await db
    .selectFrom('indicator_value')
    .select(['code', 'region_code', 'value', 'source'])
    .where('code', 'in', keys)
    .where('period', '=', period)
    .where(codeStartsWith('region_code', regionScopePrefix(regionCode)))
    .execute();
  for (const key of keys) {
    const own = rows.find((r) => r.code === key && r.region_code === regionCode);
    if (own) {
      out.set(key, { value: exact.parseDecimal(own.value), source: own.source });
      continue;
    }
    const unit = defs.find((d) => d.key === key)?.unit;
    const inside = rows.filter((r) => r.code === key);
    if (inside.length > 0 && unit !== '%') {
      const value = exact.sum(inside.map((r) => exact.parseDecimal(r.value)));
      out.set(key, { value, source: `下辖 ${inside.length} 个区划录入值合计` });
    }
  }
  return out;
}

/**
 * Every definition's actual for a region, a period and a date: the facts the formulas need (only those) over the
 * region's records from the period's first day to the date, and the hand-entered values of the period.
 */
export async function regionValues(
  db: Kysely<DB>,
  collectFacts: FactSource,
  defs: readonly IndicatorDefinition[],
  regionCode: string,
  period: ReportPeriod,
  date: string,
): Promise<Map<string, RegionValue>> {
  const { factKeys, manualKeys } = referencesOf(defs);
  const to = date < period.to ? date : period.to;
  const [facts, manual] = await Promise.all([
    factKeys.length === 0
      ? Promise.resolve([] as ReportFact[])
      : collectFacts(db, {
          regionCode,
          scopePrefix: regionScopePrefix(regionCode),
          period,
          from: period.from,
          to,
          wanted: factKeys,
        }),
    manualValues(db, regionCode, period.code, defs, manualKeys),
  ]);
  const out = new Map<string, RegionValue>();
  for (const d of defs) {
    if (d.source === 'manual') {
      const m = manual.get(d.key);
      out.set(d.key, { value: m?.value ?? null, facts: [], manualSource: m?.source ?? null });
      continue;
    }
    const used: ReportFact[] = [];
    const value = evaluateFormula(parseFormula(d.formula!), {
      fact(key, dims) {
        const matched = matchFacts(facts, key, dims);
        used.push(...matched);
        return exact.sum(matched.map((f) => exact.parseDecimal(f.value)));
      },
      manual: (key) => manual.get(key)?.value ?? null,
    });
    out.set(d.key, { value, facts: used, manualSource: null });
  }
  return out;
}
