import { z } from 'zod';
import { ZEnterpriseInput, ZYearlyFigures, type TEnterpriseInput } from './enterprise.contract';
import { checkYearlyFigures } from './yearly-rules';

/**
 * The fields of its record an enterprise user keeps up to date itself (contacts, address, legal representative,
 * business scope);
 * the rest — name, credit code, region and township, industry, 高新领域, tags (规上 etc.), tiers — are the
 * bureau's and read-only to it.
 */
export const ENTERPRISE_SELF_FIELDS = [
  'address',
  'legalRepresentative',
  'contactName',
  'contactPhone',
  'businessScope',
] as const;
export type EnterpriseSelfField = (typeof ENTERPRISE_SELF_FIELDS)[number];

/** Each editable field in the user's words (refusals and the timeline name fields this way). */
export const ENTERPRISE_FIELD_LABELS: Record<keyof TEnterpriseInput, string> = {
  name: '企业名称',
  unitKind: '单位类型',
  creditCode: '统一社会信用代码',
  creditCodeOverride: '信用代码例外原因',
  regionCode: '所属县区',
  townshipCode: '所属乡镇',
  industryCode: '所属行业',
  hightechDomain: '高新技术领域',
  foundedOn: '成立日期',
  address: '地址',
  legalRepresentative: '法定代表人',
  contactName: '联系人',
  contactPhone: '联系电话',
  businessScope: '经营范围',
  tags: '标签',
};

/**
 * An edit of an enterprise: only the fields given change. Defaults of the create schema (unit kind, tags) do not
 * apply here, or an edit that leaves them out would reset them.
 */
export const ZUpdateEnterpriseRequest = ZEnterpriseInput.extend({
  unitKind: ZEnterpriseInput.shape.unitKind.removeDefault(),
  tags: ZEnterpriseInput.shape.tags.removeDefault(),
})
  .partial()
  .extend({ version: z.number().int().min(1) });

/** One year of figures as stored, with the version an edit must give back. */
export const ZYearlyFiguresRow = z.object({
  year: z.number().int(),
  staffTotal: z.number().int().nullable(),
  techStaff: z.number().int().nullable(),
  revenue: z.string().nullable(),
  costTotal: z.string().nullable(),
  rdExpense: z.string().nullable(),
  rdDomestic: z.string().nullable(),
  hightechIncome: z.string().nullable(),
  totalIncome: z.string().nullable(),
  netAssets: z.string().nullable(),
  totalAssets: z.string().nullable(),
  ipClass1: z.number().int().nullable(),
  ipClass2: z.number().int().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TYearlyFiguresRow = z.infer<typeof ZYearlyFiguresRow>;

/**
 * Saving one year of figures (staff for an enterprise in scope, an enterprise user for its own): the import's
 * rule (yearly-rules.ts) applies; `version` is the one read, 0 for a year not yet on record.
 */
export const ZYearlyFiguresSave = ZYearlyFigures.omit({ year: true })
  .extend({ version: z.number().int().min(0) })
  .superRefine(checkYearlyFigures);
export type TYearlyFiguresSave = z.infer<typeof ZYearlyFiguresSave>;

export const ZYearParam = z.object({
  id: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100'),
});
