import { z } from 'zod';
import { ZReportPeriodCode } from '../platform/report-facts.contract';
import { ZReportDocument } from './report-document.contract';

/** The report API's requests and answers (GET/POST /reports…), shared by the server and the web draft. */
const ZRegionCode = z.string().regex(/^\d{6}$/, '区划代码须为 6 位数字');

export const ZGenerateReportRequest = z.object({
  regionCode: ZRegionCode,
  period: ZReportPeriodCode,
  templateId: z.number().int().positive('模板编号须为正整数').optional(),
});

export const ZReportListQuery = z.object({
  regionCode: ZRegionCode.optional(),
  period: ZReportPeriodCode.optional(),
});

export const ZReportStatus = z.enum(['draft', 'final']);

export const ZReportSummary = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  period: z.string(),
  title: z.string(),
  version: z.number().int(),
  status: ZReportStatus,
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof ZReportSummary>;

export const ZReportChange = z.object({
  paragraphId: z.string(),
  factKey: z.string(),
  before: z.string(),
  after: z.string(),
});

export const ZReportIndicator = z.object({ key: z.string(), name: z.string(), value: z.string(), unit: z.string() });

export const ZReportDetail = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  period: z.string(),
  version: z.number().int(),
  status: ZReportStatus,
  rowVersion: z.number().int(),
  templateId: z.number().int(),
  templateVersion: z.number().int(),
  document: ZReportDocument,
  changes: z.array(ZReportChange),
  finalHash: z.string().nullable(),
  finalisedBy: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  indicators: z.array(ZReportIndicator),
});
export type ReportDetail = z.infer<typeof ZReportDetail>;

export const ZSaveReportDocument = z.object({
  document: ZReportDocument,
  rowVersion: z.number().int().positive('rowVersion 须为正整数'),
});

export const ZRedactedQuery = z.object({
  redacted: z
    .enum(['0', '1'], { message: 'redacted 须为 0 或 1' })
    .optional()
    .transform((v) => v === '1'),
});

export const ZShortName = z.object({
  name: z.string().trim().min(1, '全称不能为空').max(200, '全称不能超过 200 个字符'),
  shortName: z.string().trim().min(1, '简称不能为空').max(50, '简称不能超过 50 个字符'),
});
export const ZShortNameRow = ZShortName.extend({ derived: z.string() });
export const ZShortNameQuery = z.object({ names: z.string().max(20000).optional() });
