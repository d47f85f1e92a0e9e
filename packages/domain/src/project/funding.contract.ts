import { z } from 'zod';
import { ZPageQuery, zFactIds } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { FUNDING_KINDS, FUNDING_SOURCE_LEVELS } from './project.enums';

const fundingFields = {
  kind: z.enum(FUNDING_KINDS, { message: '记录类型须为 下达/分配/拨付/自筹配套' }),
  sourceLevel: z.enum(FUNDING_SOURCE_LEVELS).nullable().optional(),
  amount: zMoney('金额', { max: MONEY_LIMITS.fundingAmount, zero: false }),
  occurredOn: zDate('日期'),
  voucherNo: z.string().trim().max(60).nullable().optional(),
  documentNo: z.string().trim().max(100).nullable().optional(),
  remark: z.string().trim().max(500).nullable().optional(),
};
const sourceRule = (v: { kind?: string; sourceLevel?: string | null }) =>
  v.kind === undefined || v.kind === 'matching' || !!v.sourceLevel;

/** One ledger record of a project: granted, allocated, disbursed (with voucher) or matched by the enterprise. */
export const ZFundingInput = z
  .object({ applicationId: z.number().int().positive(), ...fundingFields })
  .refine(sourceRule, { message: '下达、分配、拨付须注明资金来源级别（中央/省级/市级/县级）', path: ['sourceLevel'] })
  .refine((v) => v.kind !== 'disbursement' || !!v.voucherNo, { message: '资金拨付须填写凭证号', path: ['voucherNo'] });

export const ZUpdateFundingRequest = z
  .object(fundingFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine(sourceRule, { message: '下达、分配、拨付须注明资金来源级别', path: ['sourceLevel'] });

export const ZFundingRecord = z.object({
  id: z.number().int(),
  applicationId: z.number().int(),
  projectTitle: z.string(),
  projectNo: z.string().nullable(),
  enterpriseName: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  kind: z.enum(FUNDING_KINDS),
  kindLabel: z.string(),
  sourceLevel: z.string().nullable(),
  sourceLabel: z.string().nullable(),
  amount: z.string(),
  occurredOn: z.string(),
  voucherNo: z.string().nullable(),
  documentNo: z.string().nullable(),
  remark: z.string().nullable(),
  version: z.number().int(),
});

export const ZFundingListQuery = ZPageQuery.extend({
  applicationId: z.coerce.number().int().optional(),
  enterpriseId: z.coerce.number().int().optional(),
  kind: z.enum(FUNDING_KINDS).optional(),
  sourceLevel: z.enum(FUNDING_SOURCE_LEVELS).optional(),
  category: z.string().max(40).optional(),
  from: zDate('起始日期').optional(),
  to: zDate('截止日期').optional(),
  /** Only these entries: a dashboard or report figure links to its records as ?ids=1,2,3. */
  ids: zFactIds.optional(),
});

/** A figure with the ids of the records behind it. */
export const ZTracedSum = z.object({
  amount: z.string(),
  count: z.number().int(),
  recordIds: z.array(z.number().int()),
});

/** Totals of a period by source level and kind, each traced to its records. */
export const ZFundingSummary = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  bySource: z.array(
    z.object({
      sourceLevel: z.enum(FUNDING_SOURCE_LEVELS),
      label: z.string(),
      grant: ZTracedSum,
      allocation: ZTracedSum,
      disbursement: ZTracedSum,
    }),
  ),
  matching: ZTracedSum,
  granted: ZTracedSum,
  disbursed: ZTracedSum,
});
