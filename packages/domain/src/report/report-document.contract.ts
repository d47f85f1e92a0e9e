import { z } from 'zod';

/**
 * A generated work report as one structure, shared by the generator (which fills it from the report facts), the
 * web draft (which shows and edits it) and the DOCX/PDF writer (which lays it out per GB/T 9704-2012). A figure is
 * never plain text: it carries the fact it came from and the records behind it, so every number opens its records.
 */

/** A figure in the text: what it reads as, and where it came from. */
export const ZReportFigure = z.object({
  /** As printed: '7200万元', '22', '华硒生物、菜源商贸等5家企业'. */
  text: z.string(),
  /** The fact key and the dimensions it was read with ('rd.expenditure', { status: 'approved' }). */
  factKey: z.string(),
  dimensions: z.record(z.string(), z.string()),
  /** The fact's exact value ('72000000.00', '22') and unit. */
  value: z.string(),
  unit: z.string(),
  recordType: z.string(),
  recordIds: z.array(z.number().int()),
  /** The module's list page showing exactly these records. */
  link: z.string(),
});
export type ReportFigure = z.infer<typeof ZReportFigure>;

/** A run of a paragraph: plain text, or a figure. */
export const ZReportRun = z.union([z.object({ text: z.string() }), z.object({ figure: ZReportFigure })]);
export type ReportRun = z.infer<typeof ZReportRun>;

export const ZReportParagraph = z.object({
  /** Stable within a template version, so staff edits survive re-generation. */
  id: z.string(),
  runs: z.array(ZReportRun),
  /** True once staff edited its text: re-generation keeps the text and refreshes only the figures it still holds. */
  edited: z.boolean().optional(),
});
export type ReportParagraph = z.infer<typeof ZReportParagraph>;

/** A section: level 1 is '一、…' (黑体), level 2 is '（一）…' (楷体). */
export interface ReportSection {
  id: string;
  level: 1 | 2;
  /** The heading without its ordinal ('2022年上半年工作汇报'): the writer numbers it. */
  heading: string;
  paragraphs: ReportParagraph[];
  sections: ReportSection[];
}
export const ZReportSection: z.ZodType<ReportSection> = z.lazy(() =>
  z.object({
    id: z.string(),
    level: z.union([z.literal(1), z.literal(2)]),
    heading: z.string(),
    paragraphs: z.array(ZReportParagraph),
    sections: z.array(ZReportSection),
  }),
);

export const ZReportDocument = z.object({
  /** '陇西县科学技术局2022年上半年工作总结'. */
  title: z.string(),
  /** Paragraphs before the first section (the opening). */
  opening: z.array(ZReportParagraph),
  sections: z.array(ZReportSection),
  /** The issuing body and the date at the end ('陇西县科学技术局', '2022年7月5日'). */
  issuer: z.string(),
  issuedOn: z.string(),
});
export type ReportDocument = z.infer<typeof ZReportDocument>;

/** The plain text of a paragraph (figures as printed). */
export function paragraphText(paragraph: ReportParagraph): string {
  return paragraph.runs.map((run) => ('text' in run ? run.text : run.figure.text)).join('');
}
