import { z } from 'zod';

/**
 * A report template: the document's structure with each paragraph as template text (report-placeholder.ts). Staff
 * edit it; every save is a new version, and a report records the version it was generated from.
 */
export const ZTemplateParagraph = z.object({
  /** Stable across versions, so a report's edited paragraphs find their template paragraph again. */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, '段落编号须为 1–40 位小写字母、数字或 -'),
  text: z.string().max(4000, '段落不能超过 4000 个字符'),
});
export type TemplateParagraph = z.infer<typeof ZTemplateParagraph>;

export interface TemplateSection {
  id: string;
  level: 1 | 2;
  heading: string;
  paragraphs: TemplateParagraph[];
  sections: TemplateSection[];
}
export const ZTemplateSection: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, '章节编号须为 1–40 位小写字母、数字或 -'),
    level: z.union([z.literal(1), z.literal(2)]),
    heading: z.string().min(1, '章节标题不能为空').max(100, '章节标题不能超过 100 个字符'),
    paragraphs: z.array(ZTemplateParagraph).max(50, '一节不能超过 50 段'),
    sections: z.array(ZTemplateSection).max(20, '一节不能超过 20 个小节'),
  }),
);

export const ZReportTemplateBody = z.object({
  title: z.string().min(1, '标题不能为空').max(100, '标题不能超过 100 个字符'),
  opening: z.array(ZTemplateParagraph).max(20, '开头不能超过 20 段'),
  sections: z.array(ZTemplateSection).max(20, '章节不能超过 20 个'),
  issuer: z.string().min(1, '落款单位不能为空').max(100, '落款单位不能超过 100 个字符'),
});
export type ReportTemplateBody = z.infer<typeof ZReportTemplateBody>;

export const ZReportTemplateSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const ZReportTemplate = ZReportTemplateSummary.extend({ body: ZReportTemplateBody });
export type ReportTemplate = z.infer<typeof ZReportTemplate>;

export const ZSaveReportTemplate = z.object({
  name: z.string().trim().min(1, '模板名称不能为空').max(50, '模板名称不能超过 50 个字符').optional(),
  body: ZReportTemplateBody,
});
