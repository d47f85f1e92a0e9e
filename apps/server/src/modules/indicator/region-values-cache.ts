import { sql, type Kysely } from 'kysely';
import type { IndicatorDefinition, ReportPeriod } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { FactSource } from '../../platform/module-kit/collect-facts';
import { regionValues, type RegionValue } from './region-values';

/** The values of a set of definitions for one region, period and date (regionValues, maybe remembered). */
export type RegionValueSource = (
  defs: readonly IndicatorDefinition[],
  regionCode: string,
  period: ReportPeriod,
  date: string,
) => Promise<Map<string, RegionValue>>;

interface Entry {
  at: number;
  values: Promise<Map<string, RegionValue>>;
}

/**
 * Remembers regions' indicator values while the data behind them stays as it was. Every change of a record is
 * audited in the same transaction (GUIDE: every mutation is audited) and audit ids only rise, so the newest audit
 * row's id names the state of the data: a value computed under it holds until another change is audited. A city's
 * dashboard computes all its sibling cities' values to rank it; without this each open recomputed them (bench/FINDINGS.md F22).
 * Entries also age out after `maxAgeMs`, for anything that changed without an audit row (a fix made in SQL).
 */
export function regionValuesCache(collectFacts: FactSource, opts: { maxEntries?: number; maxAgeMs?: number } = {}) {
  const maxEntries = opts.maxEntries ?? 256;
  const maxAgeMs = opts.maxAgeMs ?? 10 * 60_000;
  const entries = new Map<string, Entry>();

  /** A source for one request: reads the data's state once, then answers from memory or computes and remembers. */
  return async function valuesAsOfNow(db: Kysely<DB>): Promise<RegionValueSource> {
    const state = await dataState(db);
    return (defs, regionCode, period, date) => {
      const key = JSON.stringify([state, regionCode, period.code, date, defs]);
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at <= maxAgeMs) return hit.values;
      const values = regionValues(db, collectFacts, defs, regionCode, period, date);
      // Concurrent opens of one dashboard share one computation; a failed one is not remembered.
      values.catch(() => entries.delete(key));
      entries.delete(key);
      entries.set(key, { at: now, values });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return values;
    };
  };
}

/** The newest audit row's id over every region's chain (each chain's head holds its last row's id). */
async function dataState(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ last: string | null }>`select max(last_id)::text as last from audit_head`.execute(db);
  return Number(rows[0]?.last ?? 0);
}
