import { z } from 'zod';
import { ZPageQuery, zFactIds } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';
import { STAGES, TIERS } from './enterprise.enums';

const count = z.coerce.number({ message: '须为整数' }).int('须为整数').min(0, '不能为负数').max(1_000_000, '数值过大');
const yearly = (label: string) => zMoney(label, { max: MONEY_LIMITS.enterpriseYearly }).nullable().optional();

/** The editable fields of an enterprise; the same schema validates the API body and each Excel row. */
export const ZEnterpriseInput = z.object({
  name: z.string().trim().min(2, '企业名称至少 2 个字').max(100, '企业名称最多 100 个字'),
  unitKind: z.enum(['enterprise', 'institution', 'school']).default('enterprise'),
  creditCode: z.string().trim().min(1, '请填写统一社会信用代码').max(40),
  creditCodeOverride: z.string().trim().max(200).nullable().optional(),
  regionCode: z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码'),
  townshipCode: z
    .string()
    .regex(/^\d{12}$/, '乡镇须为 12 位统计用区划代码')
    .nullable()
    .optional(),
  industryCode: z
    .string()
    .regex(/^[A-T]?\d{2,4}$/, '行业代码须为 GB/T 4754 代码，如 C2710')
    .nullable()
    .optional(),
  hightechDomain: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, '高新技术领域代码格式不正确')
    .nullable()
    .optional(),
  foundedOn: zDate('成立日期').nullable().optional(),
  address: z.string().trim().max(200).nullable().optional(),
  legalRepresentative: z.string().trim().max(30).nullable().optional(),
  contactName: z.string().trim().max(30).nullable().optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话须为手机号或带区号的座机')
    .nullable()
    .optional(),
  businessScope: z.string().trim().max(1000, '经营范围最多 1000 个字').nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
});
export type TEnterpriseInput = z.infer<typeof ZEnterpriseInput>;

export const ZYearlyFigures = z.object({
  year: z.coerce.number().int().min(2000, '年度不早于 2000').max(2100),
  staffTotal: count.nullable().optional(),
  techStaff: count.nullable().optional(),
  revenue: yearly('销售收入'),
  costTotal: yearly('成本费用总额'),
  rdExpense: yearly('研发费用'),
  rdDomestic: yearly('境内研发费用'),
  hightechIncome: yearly('高新技术产品（服务）收入'),
  totalIncome: yearly('总收入'),
  netAssets: yearly('净资产'),
  totalAssets: yearly('资产总额'),
  ipClass1: count.nullable().optional(),
  ipClass2: count.nullable().optional(),
});
export type TYearlyFigures = z.infer<typeof ZYearlyFigures>;

export const ZEnterprise = z.object({
  id: z.number().int(),
  name: z.string(),
  unitKind: z.string(),
  creditCode: z.string(),
  creditCodeWarning: z.string().nullable(),
  creditCodeOverride: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  hightechDomain: z.string().nullable(),
  foundedOn: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  businessScope: z.string().nullable(),
  tags: z.array(z.string()),
  tiers: z.array(z.object({ tier: z.string(), stage: z.string(), year: z.number().int() })),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TEnterprise = z.infer<typeof ZEnterprise>;

export const ZEnterpriseListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,12}$/)
    .optional(),
  // A prefix of the register's digit codes: a division (27), group (273) or class (2730).
  industryCode: z
    .string()
    .regex(/^\d{1,4}$/, '行业须为 GB/T 4754 数字代码或其前几位，如 27 或 2730')
    .optional(),
  tier: z.enum(TIERS).optional(),
  stage: z.enum(STAGES).optional(),
  tag: z.string().max(20).optional(),
  /** The enterprises a report fact links to. */
  ids: zFactIds.optional(),
  sort: z.enum(['name', 'updatedAt', 'foundedOn', 'revenue']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});

export const ZQualification = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  tier: z.enum(TIERS),
  year: z.number().int(),
  batch: z.string().nullable(),
  stage: z.enum(STAGES),
  certificateNo: z.string().nullable(),
  appliedOn: z.string().nullable(),
  certifiedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export type TQualification = z.infer<typeof ZQualification>;

export const ZCreateQualificationRequest = z.object({
  enterpriseId: z.number().int().positive(),
  tier: z.enum(TIERS),
  year: z.number().int().min(2000).max(2100),
  batch: z.string().trim().max(30).nullable().optional(),
  stage: z.enum(STAGES).default('cultivating'),
  remark: z.string().trim().max(500).nullable().optional(),
});

export const ZMoveStageRequest = z.object({
  version: z.number().int().min(1),
  stage: z.enum(STAGES),
  on: zDate('日期'),
  certificateNo: z.string().trim().max(40).nullable().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
});

export const ZTimelineEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  module: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  actorName: z.string().nullable(),
});
