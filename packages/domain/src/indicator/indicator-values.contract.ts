import { z } from 'zod';

/**
 * What the indicator endpoints answer, shared by the server and the dashboard: for a region, a period and a date,
 * each indicator's actual value, its target and 完成率, 序时进度, the change on the same period last year and the
 * ranking among the sibling regions. Values are exact decimal text, never floats.
 */

export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const ZIndicatorReading = z.object({
  /** The indicator's key in its template ('tech-sme-entries'). */
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  /** The actual for the region and period; null when a hand-entered value is missing. */
  actual: z.string().nullable(),
  /** The year's target set by the region above, and the optional half-year target; null when none is set. */
  target: z.string().nullable(),
  halfYearTarget: z.string().nullable(),
  /** actual / target (direction-aware) as a percentage with two decimals ('87.50'); null without a target. */
  completionRate: z.string().nullable(),
  /** True when 完成率 is below 序时进度. */
  behindSchedule: z.boolean().nullable(),
  /** The same period a year earlier, and the change ('+3', '-1200000.00'). */
  lastYear: z.string().nullable(),
  change: z.string().nullable(),
  /** Rank among the sibling regions (1 is best; ties share a rank), and how many siblings were ranked. */
  rankByValue: z.number().int().nullable(),
  rankByRate: z.number().int().nullable(),
  siblingCount: z.number().int(),
  /** Where the actual came from: a report fact (with its records) or a hand entry (with its source). */
  source: z.enum(['fact', 'manual']),
  factKey: z.string().nullable(),
  recordType: z.string().nullable(),
  recordIds: z.array(z.number().int()),
  /** The module's list page showing exactly the records behind the actual ('' for a hand entry). */
  link: z.string(),
  manualSource: z.string().nullable(),
});
export type IndicatorReading = z.infer<typeof ZIndicatorReading>;

export const ZIndicatorReadings = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  period: z.object({ code: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  /** The date the values are read at, and 序时进度 (the share of the year elapsed at it) as a percentage. */
  asOf: z.string(),
  elapsedShare: z.string(),
  templateId: z.number().int(),
  rows: z.array(ZIndicatorReading),
});
export type IndicatorReadings = z.infer<typeof ZIndicatorReadings>;

/** A region above compares its children on one indicator. */
export const ZIndicatorComparison = z.object({
  regionCode: z.string(),
  period: z.object({ code: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  indicator: z.object({ key: z.string(), name: z.string(), unit: z.string(), direction: z.enum(INDICATOR_DIRECTIONS) }),
  /** The children's values (a city's counties, the province's cities), best first; their sum is the region's. */
  rows: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      actual: z.string().nullable(),
      target: z.string().nullable(),
      completionRate: z.string().nullable(),
      rankByValue: z.number().int().nullable(),
      rankByRate: z.number().int().nullable(),
    }),
  ),
  total: z.string().nullable(),
});
export type IndicatorComparison = z.infer<typeof ZIndicatorComparison>;
