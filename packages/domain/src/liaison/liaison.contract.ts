import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { LIAISON_ISSUE_STATES, LIAISON_RULE_KINDS } from './liaison.enums';

// 干部包企业 (docs/rules.md §5.7.1): assignments, visits, issues, coverage. Every message names its field.

const id = (label: string) =>
  z
    .number({ message: `请选择${label}` })
    .int()
    .positive(`请选择${label}`);
const dictValue = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(50);
const text = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`);

const period = <T extends { startOn: string; endOn: string }>(o: T, ctx: z.RefinementCtx) => {
  if (o.endOn < o.startOn) ctx.addIssue({ code: 'custom', path: ['endOn'], message: '结束日期不能早于开始日期' });
};

/** A hand assignment: one enterprise to one cadre (a user of the bureau) for a period. */
export const ZLiaisonAssignmentInput = z
  .object({
    enterpriseId: id('包联企业'),
    cadreId: id('包联干部'),
    startOn: zDate('开始日期'),
    endOn: zDate('结束日期'),
    remark: text('备注', 200).nullable().optional(),
  })
  .superRefine(period);
export type TLiaisonAssignmentInput = z.infer<typeof ZLiaisonAssignmentInput>;

const reason = z.string({ message: '请填写理由' }).trim().min(1, '请填写理由').max(200, '理由最多 200 个字');

/** An assignment corrected (cadre, period, remark): the reason is kept in the audit trail. */
export const ZLiaisonAssignmentChange = z
  .object({
    version: z.number().int(),
    cadreId: id('包联干部'),
    startOn: zDate('开始日期'),
    endOn: zDate('结束日期'),
    remark: text('备注', 200).nullable().optional(),
    reason,
  })
  .superRefine(period);
export type TLiaisonAssignmentChange = z.infer<typeof ZLiaisonAssignmentChange>;

/** An assignment ended before its end date (the cadre moves, the enterprise leaves the scope). */
export const ZLiaisonAssignmentEnd = z.object({
  version: z.number().int(),
  endOn: zDate('结束日期'),
  reason,
});
export type TLiaisonAssignmentEnd = z.infer<typeof ZLiaisonAssignmentEnd>;

/** A rule over the register (规上 / 高企 / 创新型, optionally in one township), previewed and then committed. */
export const ZLiaisonRuleAssignmentInput = z
  .object({
    rule: z.enum(LIAISON_RULE_KINDS, { message: '请选择包联范围' }),
    townshipCode: z
      .string()
      .regex(/^\d{12}$/, '乡镇须为 12 位统计用区划代码')
      .nullable()
      .optional(),
    cadreId: id('包联干部'),
    startOn: zDate('开始日期'),
    endOn: zDate('结束日期'),
  })
  .superRefine(period);
export type TLiaisonRuleAssignmentInput = z.infer<typeof ZLiaisonRuleAssignmentInput>;

export const ZLiaisonLead = z.object({ assignmentId: z.number().int(), cadreName: z.string(), endOn: z.string() });

/** What a rule would assign: each enterprise and the lead cadre it already has in the period (then skipped). */
export const ZLiaisonRulePreview = z.object({
  ruleLabel: z.string(),
  items: z.array(
    z.object({
      enterpriseId: z.number().int(),
      enterpriseName: z.string(),
      townshipName: z.string().nullable(),
      currentLead: ZLiaisonLead.nullable(),
    }),
  ),
  assignable: z.number().int(),
});
export type TLiaisonRulePreview = z.infer<typeof ZLiaisonRulePreview>;

export const ZLiaisonRuleCommitted = z.object({
  created: z.number().int(),
  skipped: z.number().int(),
  ids: z.array(z.number().int()),
});
export type TLiaisonRuleCommitted = z.infer<typeof ZLiaisonRuleCommitted>;

export const ZLiaisonAssignment = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  townshipName: z.string().nullable(),
  cadreId: z.number().int(),
  cadreName: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  source: z.enum(['manual', 'rule']),
  ruleLabel: z.string().nullable(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export type TLiaisonAssignment = z.infer<typeof ZLiaisonAssignment>;

const listSort = { order: z.enum(['ascend', 'descend']).optional() };

export const ZLiaisonAssignmentListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  cadreId: z.coerce.number().int().positive().optional(),
  /** Only assignments in force on this date ('YYYY-MM-DD'). */
  on: zDate('在期日期').optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['startOn', 'endOn', 'enterpriseName']).optional(),
  ...listSort,
});
export type TLiaisonAssignmentListQuery = z.infer<typeof ZLiaisonAssignmentListQuery>;

/** An issue raised in a visit: what the enterprise asks, its category, the department responsible, a due date. */
export const ZLiaisonIssueInput = z.object({
  content: z
    .string({ message: '请填写问题内容' })
    .trim()
    .min(2, '问题内容至少 2 个字')
    .max(500, '问题内容最多 500 个字'),
  category: dictValue('问题类别'),
  department: dictValue('责任部门'),
  dueOn: zDate('办理时限'),
});
export type TLiaisonIssueInput = z.infer<typeof ZLiaisonIssueInput>;

/** A visit record: the signed-in cadre visits an enterprise of their region (docs/rules.md §5.7.1). */
export const ZLiaisonVisitInput = z.object({
  enterpriseId: id('走访企业'),
  visitedOn: zDate('走访日期'),
  form: dictValue('走访形式'),
  peopleMet: z.string({ message: '请填写见面人员' }).trim().min(1, '请填写见面人员').max(200, '见面人员最多 200 个字'),
  policies: z.array(z.string().trim().min(1).max(50)).max(20, '宣讲政策最多 20 项').default([]),
  questions: text('企业疑问', 1000).nullable().optional(),
  campaign: z.string().trim().max(50).nullable().optional(),
  issues: z.array(ZLiaisonIssueInput).max(20, '一次走访最多提出 20 个问题').default([]),
});
export type TLiaisonVisitInput = z.input<typeof ZLiaisonVisitInput>;

export const ZLiaisonVisit = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  cadreId: z.number().int(),
  cadreName: z.string(),
  visitedOn: z.string(),
  form: z.string(),
  formLabel: z.string().nullable(),
  peopleMet: z.string(),
  policies: z.array(z.string()),
  policyLabels: z.array(z.string()),
  questions: z.string().nullable(),
  campaign: z.string().nullable(),
  campaignLabel: z.string().nullable(),
  issueCount: z.number().int(),
});
export type TLiaisonVisit = z.infer<typeof ZLiaisonVisit>;

export const ZLiaisonVisitListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['visitedOn', 'enterpriseName']).optional(),
  ...listSort,
});
export type TLiaisonVisitListQuery = z.infer<typeof ZLiaisonVisitListQuery>;

export const ZLiaisonIssueHistory = z.object({
  fromState: z.string().nullable(),
  toState: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const ZLiaisonIssue = z.object({
  id: z.number().int(),
  visitId: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  cadreId: z.number().int(),
  cadreName: z.string(),
  content: z.string(),
  category: z.string(),
  categoryLabel: z.string().nullable(),
  department: z.string(),
  departmentLabel: z.string().nullable(),
  raisedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(LIAISON_ISSUE_STATES),
  answer: z.string().nullable(),
  closedOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  history: z.array(ZLiaisonIssueHistory).optional(),
});
export type TLiaisonIssue = z.infer<typeof ZLiaisonIssue>;

export const ZLiaisonIssueListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  status: z.enum(LIAISON_ISSUE_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['dueOn', 'raisedOn']).optional(),
  ...listSort,
});
export type TLiaisonIssueListQuery = z.infer<typeof ZLiaisonIssueListQuery>;

/** A move of an issue: 已办结 carries the answer (办理答复), 退回重办 its reason. */
export const ZLiaisonIssueTransitionRequest = z.object({
  to: z.enum(LIAISON_ISSUE_STATES, { message: '目标状态无效' }),
  version: z.number().int().min(1),
  answer: text('办理答复', 1000).nullable().optional(),
  reason: text('原因', 500).nullable().optional(),
});
export type TLiaisonIssueTransitionRequest = z.infer<typeof ZLiaisonIssueTransitionRequest>;

export const ZLiaisonCoverageQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.coerce.number().int().min(1, '季度为 1–4').max(4, '季度为 1–4').optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export type TLiaisonCoverageQuery = z.infer<typeof ZLiaisonCoverageQuery>;

const coverageRow = {
  assigned: z.number().int(),
  visited: z.number().int(),
  /** visited / assigned, 0–1 with 4 decimals (0 when nothing is assigned). */
  share: z.number(),
  openIssues: z.number().int(),
  overdueIssues: z.number().int(),
};
export const ZLiaisonCoverage = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  from: z.string(),
  to: z.string(),
  cadres: z.array(z.object({ cadreId: z.number().int(), cadreName: z.string(), ...coverageRow })),
  townships: z.array(z.object({ townshipCode: z.string().nullable(), townshipName: z.string(), ...coverageRow })),
});
export type TLiaisonCoverage = z.infer<typeof ZLiaisonCoverage>;

/** A user the bureau may name as a cadre (its staff and leaders of the region). */
export const ZLiaisonCadre = z.object({ id: z.number().int(), name: z.string(), regionCode: z.string() });
export type TLiaisonCadre = z.infer<typeof ZLiaisonCadre>;
