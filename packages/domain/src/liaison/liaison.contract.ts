import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';

// The field rules, shared by the API body and each Excel row, so a refusal reads the same wherever it comes from;
// every message names its field.
const name = z.string({ message: '请填写名称' }).trim().min(2, '名称至少 2 个字').max(100, '名称最多 100 个字');
const regionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');
const remark = z.string().trim().max(500, '备注最多 500 个字');
// Money is a decimal string in 元, never a float. A real module picks (or adds) its own bound in MONEY_LIMITS.
const amount = zMoney('金额', { max: MONEY_LIMITS.projectAmount });

/** The editable fields of a 干部包企业 record (POST body; PUT takes any of them with the version read). */
export const ZLiaisonRecordInput = z.object({
  name,
  regionCode,
  recordedOn: zDate('登记日期'),
  amount: amount.nullable().optional(),
  remark: remark.nullable().optional(),
});
export type TLiaisonRecordInput = z.infer<typeof ZLiaisonRecordInput>;

export const ZUpdateLiaisonRecordRequest = ZLiaisonRecordInput.partial().extend({ version: z.number().int().min(1) });
export type TUpdateLiaisonRecordRequest = z.infer<typeof ZUpdateLiaisonRecordRequest>;

/** A 干部包企业 record as the API answers it (amount in 元 as exact decimal text). */
export const ZLiaisonRecord = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  recordedOn: z.string(),
  amount: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TLiaisonRecord = z.infer<typeof ZLiaisonRecord>;

/** The list's filters: keyword, year of 登记日期, and the ids a report fact links to (`factLink`). */
export const ZLiaisonRecordListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['recordedOn', 'name', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TLiaisonRecordListQuery = z.infer<typeof ZLiaisonRecordListQuery>;

/** One row of the import sheet (always a new record); 所属县区 left empty is the importing user's county. */
export const ZLiaisonImportRow = z.object({
  name,
  recordedOn: zDate('登记日期'),
  amount: amount.optional(),
  remark: remark.optional(),
  regionCode: regionCode.optional(),
});
export type TLiaisonImportRow = z.output<typeof ZLiaisonImportRow>;

/** What the import's commit job adds to its result. */
export const ZLiaisonImportCommitted = z.object({ created: z.number().int() });
export type TLiaisonImportCommitted = z.infer<typeof ZLiaisonImportCommitted>;
