import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDate } from '../platform/date';
import {
  ZCoopHistory,
  zDictValue,
  zIdsFilter,
  zKeyword,
  zOrder,
  zRefId,
  zRegionCode,
  zYear,
} from './cooperation-fields';
import { AGREEMENT_STATES, GOV_PARTIES } from './cooperation.enums';

const title = z
  .string({ message: '请填写协议名称' })
  .trim()
  .min(2, '协议名称至少 2 个字')
  .max(200, '协议名称最多 200 个字');

const agreementFields = z.object({
  title,
  /** 协议类型, dictionary cooperation_agreement_type (战略合作协议 …). */
  type: zDictValue('协议类型'),
  /** The local signatory: the county government or the bureau; null when an enterprise signs with a partner alone. */
  govParty: z.enum(GOV_PARTIES, { message: '政府签约方须为县人民政府或县科技局' }).nullable().optional(),
  /** An enterprise of the register that signs. */
  enterpriseId: zRefId('签约企业').nullable().optional(),
  /** The partner institution (or outside enterprise) that signs. */
  partnerId: zRefId('合作单位').nullable().optional(),
  signedOn: zDate('签订日期'),
  /** 协议期限: the last day the agreement runs. */
  endOn: zDate('到期日期'),
  scope: z.string().trim().max(1000, '合作内容最多 1000 个字').nullable().optional(),
  regionCode: zRegionCode,
  remark: z.string().trim().max(500, '备注最多 500 个字').nullable().optional(),
});

/** The term must not end before it begins; named on 到期日期. */
export const AGREEMENT_END_BEFORE_START = '到期日期不能早于签订日期';
/** An agreement has at least two signatories among the government, an enterprise and a partner. */
export const AGREEMENT_TOO_FEW_PARTIES = '协议至少须有两方签约：请选择合作单位、签约企业或政府签约方';

export function agreementProblems(a: {
  signedOn?: string;
  endOn?: string;
  govParty?: string | null;
  enterpriseId?: number | null;
  partnerId?: number | null;
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (a.signedOn && a.endOn && a.endOn < a.signedOn) {
    problems.push({ field: 'endOn', message: AGREEMENT_END_BEFORE_START });
  }
  if ([a.govParty, a.enterpriseId, a.partnerId].filter((p) => p !== null && p !== undefined).length < 2) {
    problems.push({ field: 'partnerId', message: AGREEMENT_TOO_FEW_PARTIES });
  }
  return problems;
}

/** The POST body; a PUT takes any of the fields with the version read (the same rules on the merged record). */
export const ZCoopAgreementInput = agreementFields.superRefine((a, ctx) => {
  for (const p of agreementProblems(a)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
});
export type TCoopAgreementInput = z.infer<typeof ZCoopAgreementInput>;

export const ZUpdateCoopAgreementRequest = agreementFields.partial().extend({ version: z.number().int().min(1) });
export type TUpdateCoopAgreementRequest = z.infer<typeof ZUpdateCoopAgreementRequest>;

export const ZCoopAgreement = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  type: z.string(),
  typeLabel: z.string().nullable(),
  govParty: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  partnerId: z.number().int().nullable(),
  partnerName: z.string().nullable(),
  signedOn: z.string(),
  endOn: z.string(),
  scope: z.string().nullable(),
  status: z.enum(AGREEMENT_STATES),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCoopAgreement = z.infer<typeof ZCoopAgreement>;

/** An agreement's attachment as listed (the bytes come from its download). */
export const ZCoopFile = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type TCoopFile = z.infer<typeof ZCoopFile>;

export const ZCoopAgreementDetail = ZCoopAgreement.extend({
  history: z.array(ZCoopHistory),
  files: z.array(ZCoopFile),
});
export type TCoopAgreementDetail = z.infer<typeof ZCoopAgreementDetail>;

export const ZCoopAgreementListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  type: z.string().max(40).optional(),
  status: z.enum(AGREEMENT_STATES).optional(),
  /** Year of 签订日期. */
  year: zYear,
  enterpriseId: z.coerce.number().int().positive().optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  ids: zIdsFilter,
  sort: z.enum(['signedOn', 'endOn', 'title', 'updatedAt']).optional(),
  order: zOrder,
});
export type TCoopAgreementListQuery = z.infer<typeof ZCoopAgreementListQuery>;
