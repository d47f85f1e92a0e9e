import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDate } from '../platform/date';
import {
  ZCoopHistory,
  zDictValue,
  zIdsFilter,
  zKeyword,
  zOrder,
  zPartyMoney,
  zRefId,
  zRegionCode,
  zRemark,
  zYear,
} from './cooperation-fields';
import { COOP_PROJECT_STATES } from './cooperation.enums';

const name = z
  .string({ message: '请填写项目名称' })
  .trim()
  .min(2, '项目名称至少 2 个字')
  .max(200, '项目名称最多 200 个字');
const content = z.string().trim().max(1000, '合作内容最多 1000 个字');

/** A project ends on or after the day it starts; the refusal names 结束日期. */
export const PROJECT_END_BEFORE_START = '结束日期不能早于开始日期';

const projectFields = z.object({
  name,
  /** The enterprise of the register that cooperates. */
  enterpriseId: zRefId('合作企业'),
  /** The partner institution (university, institute, outside enterprise). */
  partnerId: zRefId('合作院所'),
  /** The agreement the project is carried out under, if any. */
  agreementId: zRefId('所属协议').nullable().optional(),
  /** 合作领域, dictionary cooperation_field. */
  field: zDictValue('合作领域'),
  startOn: zDate('开始日期'),
  endOn: zDate('结束日期'),
  enterpriseAmount: zPartyMoney('企业投入').nullable().optional(),
  partnerAmount: zPartyMoney('合作院所投入').nullable().optional(),
  governmentAmount: zPartyMoney('政府资金').nullable().optional(),
  content: content.nullable().optional(),
  regionCode: zRegionCode,
  remark: zRemark.nullable().optional(),
});

export const ZCoopProjectInput = projectFields.refine((p) => p.endOn >= p.startOn, {
  path: ['endOn'],
  message: PROJECT_END_BEFORE_START,
});
export type TCoopProjectInput = z.infer<typeof ZCoopProjectInput>;

/** A PUT: any field with the version read; the dates are checked again on the merged record. */
export const ZUpdateCoopProjectRequest = projectFields.partial().extend({ version: z.number().int().min(1) });
export type TUpdateCoopProjectRequest = z.infer<typeof ZUpdateCoopProjectRequest>;

export const ZCoopProject = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string().nullable(),
  partnerId: z.number().int(),
  partnerName: z.string().nullable(),
  agreementId: z.number().int().nullable(),
  field: z.string(),
  fieldLabel: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string(),
  enterpriseAmount: z.string().nullable(),
  partnerAmount: z.string().nullable(),
  governmentAmount: z.string().nullable(),
  content: z.string().nullable(),
  status: z.enum(COOP_PROJECT_STATES),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  remark: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TCoopProject = z.infer<typeof ZCoopProject>;

/** 里程碑: planned and actual dates; the enterprise may report its own. */
export const ZCoopMilestoneInput = z
  .object({
    title: z
      .string({ message: '请填写节点名称' })
      .trim()
      .min(2, '节点名称至少 2 个字')
      .max(100, '节点名称最多 100 个字'),
    plannedOn: zDate('计划日期'),
    actualOn: zDate('实际完成日期').nullable().optional(),
    done: z.boolean().optional(),
    note: z.string().trim().max(500, '说明最多 500 个字').nullable().optional(),
  })
  .refine((m) => !m.done || !!m.actualOn, { path: ['actualOn'], message: '已完成的节点须填写实际完成日期' });
export type TCoopMilestoneInput = z.infer<typeof ZCoopMilestoneInput>;

export const ZCoopMilestone = z.object({
  id: z.number().int(),
  title: z.string(),
  plannedOn: z.string(),
  actualOn: z.string().nullable(),
  done: z.boolean(),
  note: z.string().nullable(),
});
export type TCoopMilestone = z.infer<typeof ZCoopMilestone>;

/** 合作成果: patents, new products, standards, papers, people trained (kinds: dictionary cooperation_output_kind). */
export const ZCoopOutputInput = z.object({
  kind: zDictValue('成果类型'),
  title: z.string({ message: '请填写成果名称' }).trim().min(2, '成果名称至少 2 个字').max(200, '成果名称最多 200 个字'),
  /** How many (patents, papers, people trained …); a named single output counts 1. */
  count: z
    .number({ message: '数量须为整数' })
    .int('数量须为整数')
    .min(1, '数量至少为 1')
    .max(100000, '数量不超过 100000'),
  achievedOn: zDate('取得日期'),
  /** The 科技成果 registration it became (module achievement), when registered. */
  achievementId: z.number().int().positive('科技成果编号须为正整数').nullable().optional(),
});
export type TCoopOutputInput = z.infer<typeof ZCoopOutputInput>;

export const ZCoopOutput = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindLabel: z.string().nullable(),
  title: z.string(),
  count: z.number().int(),
  achievedOn: z.string(),
  achievementId: z.number().int().nullable(),
});
export type TCoopOutput = z.infer<typeof ZCoopOutput>;

export const ZCoopProjectDetail = ZCoopProject.extend({
  milestones: z.array(ZCoopMilestone),
  outputs: z.array(ZCoopOutput),
  history: z.array(ZCoopHistory),
});
export type TCoopProjectDetail = z.infer<typeof ZCoopProjectDetail>;

export const ZCoopProjectListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  status: z.enum(COOP_PROJECT_STATES).optional(),
  field: z.string().max(40).optional(),
  /** Year of 开始日期. */
  year: zYear,
  enterpriseId: z.coerce.number().int().positive().optional(),
  partnerId: z.coerce.number().int().positive().optional(),
  ids: zIdsFilter,
  sort: z.enum(['startOn', 'endOn', 'name', 'updatedAt']).optional(),
  order: zOrder,
});
export type TCoopProjectListQuery = z.infer<typeof ZCoopProjectListQuery>;

/**
 * One row of the projects sheet (always a new project, 签约). The enterprise by its credit code as the register
 * holds it; the partner by its name as the partner register holds it; money in 元.
 */
export const ZCoopProjectImportRow = z
  .object({
    name,
    creditCode: z.string({ message: '请填写统一社会信用代码' }).trim().min(1, '请填写统一社会信用代码').max(40),
    partnerName: z.string({ message: '请填写合作院所' }).trim().min(2, '合作院所至少 2 个字').max(100),
    field: zDictValue('合作领域'),
    startOn: zDate('开始日期'),
    endOn: zDate('结束日期'),
    enterpriseAmount: zPartyMoney('企业投入').optional(),
    partnerAmount: zPartyMoney('合作院所投入').optional(),
    governmentAmount: zPartyMoney('政府资金').optional(),
    content: content.optional(),
    regionCode: zRegionCode.optional(),
  })
  .refine((p) => p.endOn >= p.startOn, { path: ['endOn'], message: PROJECT_END_BEFORE_START });
export type TCoopProjectImportRow = z.output<typeof ZCoopProjectImportRow>;

export const ZCoopProjectImportCommitted = z.object({ created: z.number().int() });
export type TCoopProjectImportCommitted = z.infer<typeof ZCoopProjectImportCommitted>;

/** An output as its list shows it: with the project, enterprise and partner it came from. */
export const ZCoopOutputRow = ZCoopOutput.extend({
  projectId: z.number().int(),
  projectName: z.string(),
  enterpriseName: z.string().nullable(),
  partnerName: z.string().nullable(),
  regionCode: z.string(),
});
export type TCoopOutputRow = z.infer<typeof ZCoopOutputRow>;

export const ZCoopOutputListQuery = ZPageQuery.extend({
  keyword: zKeyword,
  kind: z.string().max(40).optional(),
  /** Year of 取得日期. */
  year: zYear,
  ids: zIdsFilter,
});
export type TCoopOutputListQuery = z.infer<typeof ZCoopOutputListQuery>;
