import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { TECH_PLATFORM_INITIAL_STATES, TECH_PLATFORM_STATES } from './tech-platform.enums';

// The field rules, shared by the API body and each Excel row, so a refusal reads the same wherever it comes from;
// every message names its field. Kind and level are dictionary values, checked against the dictionary by the server.
const name = z
  .string({ message: '请填写平台名称' })
  .trim()
  .min(2, '平台名称至少 2 个字')
  .max(100, '平台名称最多 100 个字');
const dictValue = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(40, `${label}取值过长`);
const regionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');
const text = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`);
const unitName = z.string().trim().min(2, '单位名称至少 2 个字').max(100, '单位名称最多 100 个字');
/** 场地面积 in m², as exact decimal text (two places at most). */
const siteArea = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((s) => /^\d{1,9}(\.\d{1,2})?$/.test(s), '场地面积须为不超过 2 位小数的平方米数（不超过 999999999.99）');
const staffCount = z.coerce
  .number({ message: '从业人数须为整数' })
  .int('从业人数须为整数')
  .min(0, '从业人数不能为负数')
  .max(1_000_000, '从业人数不超过 1000000');

/** A member unit of an alliance: an enterprise of the register, or an institution named as text. */
export const ZTechPlatformMemberInput = z
  .object({ enterpriseId: z.number().int().positive().nullable().optional(), name: unitName.nullable().optional() })
  .refine(
    (m) => !!m.enterpriseId !== !!m.name,
    '成员单位：请选择企业库中的企业，或填写不在企业库中的单位名称（二选一）',
  );

const fields = {
  name,
  kind: dictValue('平台类别'),
  level: dictValue('平台级别'),
  regionCode,
  /** 运营（依托）单位: an enterprise of the register … */
  enterpriseId: z.number().int().positive().nullable().optional(),
  /** … or, when it is not in the register (a university, an institute, a public body), its name. */
  operatorName: unitName.nullable().optional(),
  members: z.array(ZTechPlatformMemberInput).max(200, '成员单位最多 200 家').optional(),
  field: text('技术领域', 100).nullable().optional(),
  industry: text('所属产业', 100).nullable().optional(),
  address: text('地址', 200).nullable().optional(),
  siteArea: siteArea.nullable().optional(),
  staffCount: staffCount.nullable().optional(),
  preparingFrom: zDate('筹备起始日期').nullable().optional(),
  establishedOn: zDate('成立（组建）日期').nullable().optional(),
  recognizedOn: zDate('认定日期').nullable().optional(),
  documentNo: text('认定文号', 100).nullable().optional(),
  remark: text('备注', 500).nullable().optional(),
};

/** A new platform (POST body): it may be registered as 筹备, 建设中 or (an existing one) 已认定. */
export const ZTechPlatformInput = z.object({
  ...fields,
  status: z.enum(TECH_PLATFORM_INITIAL_STATES, { message: '登记状态只能是筹备、建设中或已认定' }).default('preparing'),
});
export type TTechPlatformInput = z.input<typeof ZTechPlatformInput>;
export type TTechPlatformInputParsed = z.output<typeof ZTechPlatformInput>;

/** An edit (PUT): any field with the version read; the status moves only through a transition. */
export const ZUpdateTechPlatformRequest = z
  .object(fields)
  .partial()
  .extend({
    version: z.number().int().min(1),
    /** 变更日期 of a change of name, operator, area or site (docs/rules.md §5.4); today when not given. */
    changedOn: zDate('变更日期').optional(),
  });
export type TUpdateTechPlatformRequest = z.infer<typeof ZUpdateTechPlatformRequest>;
export type TTechPlatformPatch = Omit<TUpdateTechPlatformRequest, 'version' | 'changedOn'>;

export const ZTechPlatformMember = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int().nullable(),
  name: z.string(),
});

/** A platform as the API answers it. */
export const ZTechPlatform = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  status: z.enum(TECH_PLATFORM_STATES),
  statusLabel: z.string(),
  statusReason: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  /** The operating unit's name: the register's enterprise name, or the name typed. */
  operatorName: z.string().nullable(),
  members: z.array(ZTechPlatformMember),
  field: z.string().nullable(),
  industry: z.string().nullable(),
  address: z.string().nullable(),
  siteArea: z.string().nullable(),
  staffCount: z.number().int().nullable(),
  preparingFrom: z.string().nullable(),
  establishedOn: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  documentNo: z.string().nullable(),
  remark: z.string().nullable(),
  incubation: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TTechPlatform = z.infer<typeof ZTechPlatform>;

/** The list's filters; `year` is the year of 认定日期, `ids` the records a report fact links to. */
export const ZTechPlatformListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  kind: z.string().trim().max(40).optional(),
  level: z.string().trim().max(40).optional(),
  status: z.enum(TECH_PLATFORM_STATES, { message: '状态取值不正确' }).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2,6}$/, '区划须为 2–6 位区划代码')
    .optional(),
  year: z.coerce
    .number()
    .int('认定年度须为整数')
    .min(1980, '认定年度不早于 1980')
    .max(2100, '认定年度不晚于 2100')
    .optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['recognizedOn', 'name', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TTechPlatformListQuery = z.infer<typeof ZTechPlatformListQuery>;

/** A status move: the target, the version read, its date, and (摘牌/撤销) the reason; 认定 takes the 文号. */
export const ZTechPlatformTransitionRequest = z.object({
  to: z.enum(TECH_PLATFORM_STATES, { message: '目标状态取值不正确' }),
  version: z.number().int().min(1),
  on: zDate('日期'),
  reason: text('原因', 500).nullable().optional(),
  documentNo: text('认定文号', 100).nullable().optional(),
});
export type TTechPlatformTransitionRequest = z.infer<typeof ZTechPlatformTransitionRequest>;

/** One row of the import sheet (always a new platform); 运营单位 is matched by name against the register. */
export const ZTechPlatformImportRow = z.object({
  name,
  kind: dictValue('平台类别'),
  level: dictValue('平台级别'),
  status: z.enum(TECH_PLATFORM_INITIAL_STATES, { message: '状态只能是筹备、建设中或已认定' }),
  operator: unitName,
  field: fields.field,
  industry: fields.industry,
  address: fields.address,
  siteArea: fields.siteArea,
  staffCount: fields.staffCount,
  preparingFrom: fields.preparingFrom,
  establishedOn: fields.establishedOn,
  recognizedOn: fields.recognizedOn,
  documentNo: fields.documentNo,
  regionCode: regionCode.optional(),
});
export type TTechPlatformImportRow = z.output<typeof ZTechPlatformImportRow>;

/** What the import's commit job adds to its result. */
export const ZTechPlatformImportCommitted = z.object({ created: z.number().int() });
export type TTechPlatformImportCommitted = z.infer<typeof ZTechPlatformImportCommitted>;
