import { z } from 'zod';

/**
 * The one contract on which every module states what it knows for the half-year report, the targets and the
 * dashboard: a figure for a region and a period, with the records behind it. A report sentence, an indicator
 * or a dashboard card refers to a fact by key and never to a module's private shape.
 */

/** A reporting period: a half-year (2022H1, 2022H2) or a year (2022). */
export const REPORT_PERIOD_PATTERN = /^(\d{4})(H[12])?$/;

export interface ReportPeriod {
  /** '2022H1', '2022H2' or '2022'. */
  code: string;
  /** First and last day, inclusive ('2022-01-01' … '2022-06-30'). */
  from: string;
  to: string;
  /** As the report names it: 2022年上半年, 2022年下半年, 2022年. */
  label: string;
}

/** The period a code names, or undefined when the code is not a period (2022H3, 22H1, 2022-06). */
export function reportPeriod(code: string): ReportPeriod | undefined {
  const m = REPORT_PERIOD_PATTERN.exec(code);
  if (!m) return undefined;
  const year = m[1];
  if (m[2] === 'H1') return { code, from: `${year}-01-01`, to: `${year}-06-30`, label: `${year}年上半年` };
  if (m[2] === 'H2') return { code, from: `${year}-07-01`, to: `${year}-12-31`, label: `${year}年下半年` };
  return { code, from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年` };
}

/** A period code in a request: refused in Chinese when it names no period. */
export const ZReportPeriodCode = z
  .string()
  .refine((s) => reportPeriod(s) !== undefined, '统计期间须为年度（如 2022）或半年（如 2022H1、2022H2）');

/** Units a fact may carry; money is always 元 in a fact (the report renders 万元). */
export const FACT_UNITS = ['项', '家', '个', '人', '名', '次', '天', '元', '份', '%'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];
/** Units of a measure summed over its records (money, days, a ratio): every other unit counts its records. */
export const MEASURE_UNITS: readonly FactUnit[] = ['元', '天', '%'];

export const ZReportFact = z.object({
  /** Stable key, module first, e.g. 'enterprise.tier-entries' or 'project.applications'. */
  key: z.string(),
  /** The module that states it. */
  module: z.string(),
  /** What the figure counts, in the bureau's words: '科技型中小企业入库'. */
  label: z.string(),
  /** Exact decimal text ('7200000.00', '22'): never a float. */
  value: z.string(),
  unit: z.enum(FACT_UNITS),
  /** What the figure is broken down by, e.g. { tier: 'tech_sme' } or { level: 'national' }. */
  dimensions: z.record(z.string(), z.string()),
  /** The kind of record behind it ('enterprise', 'project_application', 'project_funding', 'rd_unit'). */
  recordType: z.string(),
  /** The records behind the figure, in a stable order. */
  recordIds: z.array(z.number().int()),
  /** Display names of those records (same order), where a report lists them by name. */
  recordNames: z.array(z.string()).optional(),
  /** The web page that lists exactly these records (the module's own list, filtered). */
  link: z.string(),
});
export type ReportFact = z.infer<typeof ZReportFact>;

export const ZReportFacts = z.object({
  regionCode: z.string(),
  period: z.object({ code: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  facts: z.array(ZReportFact),
});
export type ReportFacts = z.infer<typeof ZReportFacts>;

/** The link to a module's list page showing exactly a fact's records. */
export function factLink(listPath: string, ids: readonly number[]): string {
  return `${listPath}?ids=${ids.join(',')}`;
}
