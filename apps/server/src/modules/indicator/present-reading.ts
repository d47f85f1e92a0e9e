import {
  changeText,
  exact,
  factLink,
  percentText,
  type IndicatorDefinition,
  type IndicatorReading,
  type Ratio,
} from '@kechuang/domain';
import type { RegionValue } from './region-values';

/** A value as the indicator shows it (its decimals), or null. */
export function valueText(value: Ratio | null, decimals: number): string | null {
  return value === null ? null : exact.formatFixed(value, decimals, 'half-up');
}

/** The records behind a computed value: one fact's own link, or the union of facts of one record type. */
export function recordsBehind(v: RegionValue): Pick<IndicatorReading, 'factKey' | 'recordType' | 'recordIds' | 'link'> {
  const facts = v.facts;
  if (facts.length === 0) return { factKey: null, recordType: null, recordIds: [], link: '' };
  const types = new Set(facts.map((f) => f.recordType));
  const keys = new Set(facts.map((f) => f.key));
  const factKey = keys.size === 1 ? facts[0].key : null;
  if (facts.length === 1) {
    return { factKey, recordType: facts[0].recordType, recordIds: facts[0].recordIds, link: facts[0].link };
  }
  if (types.size > 1) return { factKey, recordType: null, recordIds: [], link: '' };
  const ids = [...new Set(facts.flatMap((f) => f.recordIds))].sort((a, b) => a - b);
  return { factKey, recordType: facts[0].recordType, recordIds: ids, link: factLink(facts[0].link.split('?')[0], ids) };
}

/** One row of the indicator table: the definition, the actual and its records, target, rates, ranks, last year. */
export function presentReading(
  d: IndicatorDefinition,
  own: RegionValue,
  o: {
    target: string | null;
    halfYearTarget: string | null;
    rate: Ratio | null;
    elapsed: Ratio;
    lastYear: Ratio | null;
    rankByValue: number | null;
    rankByRate: number | null;
    siblingCount: number;
  },
): IndicatorReading {
  return {
    key: d.key,
    name: d.name,
    unit: d.unit,
    direction: d.direction,
    actual: valueText(own.value, d.decimals),
    target: o.target,
    halfYearTarget: o.halfYearTarget,
    completionRate: o.rate === null ? null : percentText(o.rate),
    behindSchedule: o.rate === null ? null : exact.cmp(o.rate, o.elapsed) < 0,
    lastYear: valueText(o.lastYear, d.decimals),
    change: changeText(own.value, o.lastYear, d.decimals),
    rankByValue: o.rankByValue,
    rankByRate: o.rankByRate,
    siblingCount: o.siblingCount,
    source: d.source,
    ...recordsBehind(own),
    manualSource: own.manualSource,
  };
}
