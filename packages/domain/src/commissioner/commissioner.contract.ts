import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import {
  COMMISSIONER_LEVELS,
  COMMISSIONER_STATES,
  GENDERS,
  TITLE_LEVELS,
  type CommissionerLevel,
  type CommissionerState,
} from './commissioner.enums';
import { idNumberProblem } from './id-number';

// The field rules, shared by the API body and each Excel row, so a refusal reads the same wherever it comes from;
// every message names its field.
const text = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`);
const name = z.string({ message: '请填写姓名' }).trim().min(2, '姓名至少 2 个字').max(50, '姓名最多 50 个字');
const gender = z.enum(GENDERS, { message: '性别须为“男”或“女”' });
const idNumber = z
  .string({ message: '请填写身份证号' })
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    const problem = idNumberProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话须为 11 位手机号或带区号的固定电话');
const titleLevel = z.enum(TITLE_LEVELS, { message: '职称级别须为 正高、副高、中级、初级 或 无' });
const level = z.enum(COMMISSIONER_LEVELS, { message: '级别须为 省级、市级 或 县级' });
const batch = z
  .string({ message: '请填写批次' })
  .trim()
  .min(2, '批次至少 2 个字，如“第七批”')
  .max(30, '批次最多 30 个字');
const unitName = z
  .string({ message: '请填写派出单位' })
  .trim()
  .min(2, '派出单位至少 2 个字')
  .max(200, '派出单位最多 200 个字');
const unitKind = z
  .string({ message: '请选择派出单位类型' })
  .trim()
  .min(1, '请选择派出单位类型')
  .max(30, '派出单位类型最多 30 个字');
const regionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');

const fields = {
  name,
  gender,
  birthDate: zDate('出生日期'),
  phone: phone.nullable().optional(),
  education: text('学历', 20).nullable().optional(),
  title: text('职称', 50).nullable().optional(),
  titleLevel,
  speciality: text('专业特长', 100).nullable().optional(),
  field: text('服务领域', 50).nullable().optional(),
  unitName,
  unitKind,
  unitEnterpriseId: z.number().int().positive().nullable().optional(),
  level,
  batch,
  termStart: zDate('任期开始日期'),
  /** Left out: the start plus the level's term_years, less a day. */
  termEnd: zDate('任期结束日期').nullable().optional(),
  teamName: text('科技特派团', 100).nullable().optional(),
  userId: z.number().int().positive().nullable().optional(),
  regionCode,
  remark: text('备注', 500).nullable().optional(),
};

/** A term ending before it starts is refused, naming 任期结束日期. */
function termInOrder(v: { termStart?: string; termEnd?: string | null }, ctx: z.RefinementCtx) {
  if (v.termStart && v.termEnd && v.termEnd < v.termStart) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], message: '任期结束日期不能早于任期开始日期' });
  }
}

/** The editable fields of a commissioner (POST body); the ID number is sealed on the server. */
export const ZCommissionerInput = z.object({ ...fields, idNumber }).superRefine(termInOrder);
export type TCommissionerInput = z.infer<typeof ZCommissionerInput>;

/** PUT: any of the fields (the ID number only to correct it) with the version read. */
export const ZUpdateCommissionerRequest = z
  .object({ ...fields, idNumber })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .superRefine(termInOrder);
export type TUpdateCommissionerRequest = z.infer<typeof ZUpdateCommissionerRequest>;

/** One rule's verdict (the domain's eligibility engine). */
export const ZEligibility = z.object({
  passed: z.boolean(),
  checks: z.array(z.object({ rule: z.enum(['age', 'title', 'unitKind']), passed: z.boolean(), message: z.string() })),
  /** The day the rule was checked on (the appointment date, else the term's start). */
  on: z.string(),
});
export type TEligibility = z.infer<typeof ZEligibility>;

/** A commissioner as lists, exports and the detail show it: ID number and phone masked. */
export const ZCommissioner = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  name: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  education: z.string().nullable(),
  title: z.string().nullable(),
  titleLevel: z.string(),
  speciality: z.string().nullable(),
  field: z.string().nullable(),
  unitName: z.string(),
  unitKind: z.string(),
  unitEnterpriseId: z.number().int().nullable(),
  level: z.string(),
  batch: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  teamName: z.string().nullable(),
  status: z.string(),
  appointedOn: z.string().nullable(),
  statusReason: z.string().nullable(),
  eligibilityOverride: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCommissioner = z.infer<typeof ZCommissioner>;

export const ZCommissionerHistory = z.object({
  fromState: z.string().nullable(),
  toState: z.string(),
  onDate: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

/** 三方协议 as answered. */
export const ZCommissionerAgreement = z.object({
  id: z.number().int(),
  commissionerId: z.number().int(),
  enterpriseId: z.number().int().nullable(),
  objectName: z.string(),
  objectKind: z.string(),
  serviceDays: z.number().int(),
  tasks: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  status: z.string(),
  terminatedOn: z.string().nullable(),
  terminateReason: z.string().nullable(),
  version: z.number().int(),
});
export type TCommissionerAgreement = z.infer<typeof ZCommissionerAgreement>;

/** The detail: the record, its eligibility against its level's rule, its history and its agreements. */
export const ZCommissionerDetail = z.object({
  commissioner: ZCommissioner,
  eligibility: ZEligibility,
  ruleSource: z.string(),
  history: z.array(ZCommissionerHistory),
  agreements: z.array(ZCommissionerAgreement),
});
export type TCommissionerDetail = z.infer<typeof ZCommissionerDetail>;

/** The list's filters; `ids` is a report fact's link (`factLink`). */
export const ZCommissionerListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  level: level.optional(),
  batch: z.string().trim().max(30, '批次最多 30 个字').optional(),
  status: z.enum(COMMISSIONER_STATES, { message: '状态不正确' }).optional(),
  field: z.string().trim().max(50, '服务领域最多 50 个字').optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['name', 'termStart', 'appointedOn', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TCommissionerListQuery = z.infer<typeof ZCommissionerListQuery>;

/** One status move: the version read, the day it takes effect (default today) and, for 解聘, the reason. */
export const ZCommissionerMoveRequest = z.object({
  version: z.number().int().min(1),
  on: zDate('日期').optional(),
  reason: text('原因', 500).optional(),
});
export type TCommissionerMoveRequest = z.infer<typeof ZCommissionerMoveRequest>;

/** Staff's reason for appointing despite a failed eligibility rule. */
export const ZEligibilityOverrideRequest = z.object({
  version: z.number().int().min(1),
  reason: z
    .string({ message: '请填写例外原因' })
    .trim()
    .min(4, '例外原因至少 4 个字')
    .max(500, '例外原因最多 500 个字'),
});
export type TEligibilityOverrideRequest = z.infer<typeof ZEligibilityOverrideRequest>;

/** The audited reveal: the full ID number and phone. */
export const ZCommissionerPersonal = z.object({ idNumber: z.string(), phone: z.string().nullable() });

/** A level's rule as the settings page shows it. */
export const ZCommissionerLevelRule = z.object({
  level: z.string(),
  maxAge: z.number().int().nullable(),
  minTitleLevel: z.string().nullable(),
  excludedUnitKinds: z.array(z.string()),
  minServiceDays: z.number().int(),
  termYears: z.number().int(),
  source: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCommissionerLevelRule = z.infer<typeof ZCommissionerLevelRule>;

export const ZUpdateLevelRuleRequest = z.object({
  version: z.number().int().min(1),
  maxAge: z
    .number({ message: '年龄上限须为整数' })
    .int('年龄上限须为整数')
    .min(18, '年龄上限不低于 18 周岁')
    .max(80, '年龄上限不高于 80 周岁')
    .nullable(),
  minTitleLevel: z
    .enum(['初级', '中级', '副高', '正高'], { message: '最低职称须为 初级、中级、副高 或 正高' })
    .nullable(),
  excludedUnitKinds: z.array(z.string().trim().min(1).max(30, '单位类型最多 30 个字')).max(20, '排除的单位类型过多'),
  minServiceDays: z
    .number({ message: '年度服务天数须为整数' })
    .int('年度服务天数须为整数')
    .min(0, '年度服务天数不能为负')
    .max(366, '年度服务天数不超过 366'),
  termYears: z
    .number({ message: '任期年限须为整数' })
    .int('任期年限须为整数')
    .min(1, '任期年限至少 1 年')
    .max(10, '任期年限不超过 10 年'),
  source: z.string({ message: '请填写依据' }).trim().min(2, '依据至少 2 个字').max(200, '依据最多 200 个字'),
});
export type TUpdateLevelRuleRequest = z.infer<typeof ZUpdateLevelRuleRequest>;
export const ZLevelParam = z.object({ level });

/** 三方协议's editable fields: the service object is an enterprise of the register or a named entity with a kind. */
const agreementFields = z.object({
  enterpriseId: z.number().int().positive().nullable().optional(),
  objectName: text('服务对象', 200).nullable().optional(),
  objectKind: z
    .enum(['合作社', '示范基地', '村集体', '其他'], { message: '服务对象类型须为 合作社、示范基地、村集体 或 其他' })
    .nullable()
    .optional(),
  serviceDays: z
    .number({ message: '约定服务天数须为整数' })
    .int('约定服务天数须为整数')
    .min(1, '约定服务天数至少 1 天')
    .max(366, '约定服务天数不超过 366'),
  tasks: z
    .string({ message: '请填写服务任务' })
    .trim()
    .min(4, '服务任务至少 4 个字')
    .max(2000, '服务任务最多 2000 个字'),
  startOn: zDate('协议开始日期'),
  endOn: zDate('协议结束日期'),
});
function agreementRules(v: z.infer<typeof agreementFields>, ctx: z.RefinementCtx) {
  if (v.endOn < v.startOn) ctx.addIssue({ code: 'custom', path: ['endOn'], message: '协议结束日期不能早于开始日期' });
  if (!v.enterpriseId && (!v.objectName || v.objectName.length < 2)) {
    ctx.addIssue({ code: 'custom', path: ['objectName'], message: '请选择服务企业或填写服务对象名称' });
  }
  if (!v.enterpriseId && !v.objectKind) {
    ctx.addIssue({ code: 'custom', path: ['objectKind'], message: '请选择服务对象类型' });
  }
}
export const ZAgreementInput = agreementFields.superRefine(agreementRules);
export type TAgreementInput = z.infer<typeof ZAgreementInput>;
export const ZUpdateAgreementRequest = agreementFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(agreementRules);
export type TUpdateAgreementRequest = z.infer<typeof ZUpdateAgreementRequest>;

export const ZAgreementTerminateRequest = z.object({
  version: z.number().int().min(1),
  on: zDate('终止日期'),
  reason: z
    .string({ message: '请填写终止原因' })
    .trim()
    .min(2, '终止原因至少 2 个字')
    .max(500, '终止原因最多 500 个字'),
});
export type TAgreementTerminateRequest = z.infer<typeof ZAgreementTerminateRequest>;

/** One row of the import sheet (always a new commissioner in state 已申请); 所属县区 left empty is the user's county. */
export const ZCommissionerImportRow = z
  .object(fields)
  .omit({ unitEnterpriseId: true, userId: true })
  .extend({ idNumber, regionCode: regionCode.optional() })
  .superRefine(termInOrder);
export type TCommissionerImportRow = z.output<typeof ZCommissionerImportRow>;

/** What the import's commit job adds to its result. */
export const ZCommissionerImportCommitted = z.object({ created: z.number().int() });
export type TCommissionerImportCommitted = z.infer<typeof ZCommissionerImportCommitted>;

export type { CommissionerLevel, CommissionerState };
