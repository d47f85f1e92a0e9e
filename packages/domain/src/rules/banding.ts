import type { Ratio } from './exact';
import { cmp, fromPercent, parseDecimal } from './exact';
import type { SourceRef } from './tables/source';

/**
 * One band of a banded indicator. Rows are listed from the highest band down; `min` is the lower bound
 * (inclusive unless `minExclusive`), `null` on the last row which catches everything below.
 */
export interface BandRow extends SourceRef {
  readonly id: string;
  readonly label: string;
  readonly min: number | null;
  readonly minExclusive?: boolean;
}

/**
 * Returns the first (highest) band whose lower bound the value reaches. `unit` says how `min` is written:
 * 'percent' (6 means 6%) or 'count' (5 means 5 items). Comparison is exact.
 */
export function pickBand<T extends BandRow>(value: Ratio, rows: readonly T[], unit: 'percent' | 'count'): T {
  for (const row of rows) {
    if (row.min === null) return row;
    const bound = unit === 'percent' ? fromPercent(row.min) : parseDecimal(row.min);
    const c = cmp(value, bound);
    if (c > 0 || (c === 0 && !row.minExclusive)) return row;
  }
  // Tables end with a catch-all row; reaching here means a table was edited wrongly.
  throw new Error(`分档表缺少兜底档：${rows.map((r) => r.id).join(', ')}`);
}

/** "落在 4%–5% 档" / "落在 10% 以下档": a band label in a sentence (no space before 档 after a Chinese character). */
export function bandPhrase(label: string): string {
  return /[\u4e00-\u9fff]$/.test(label) ? `落在 ${label}档` : `落在 ${label} 档`;
}
