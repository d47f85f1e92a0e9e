import { z } from 'zod';
import { ZPageQuery, zFactIds } from '../platform/common.contract';
import { RD_CHECK_CODES } from './rd-check-rules';
import { RD_COOPERATION_FORMS, RD_PROJECT_SOURCES, RD_PROJECT_STAGES, RD_REPORT_STATUSES } from './rd.enums';
import { ZRdFigures, zRdMoney, zWhole } from './rd-fields';

/** One R&D project (107-1 essentials); amounts in 元. */
export const ZRdProjectInput = z.object({
  name: z.string({ error: '项目名称不能为空' }).trim().min(1, '项目名称不能为空').max(100, '项目名称最多 100 个字'),
  source: z.enum(RD_PROJECT_SOURCES, { error: '项目来源取值无效' }),
  cooperation: z.enum(RD_COOPERATION_FORMS, { error: '合作形式取值无效' }),
  stage: z.enum(RD_PROJECT_STAGES, { error: '项目进展阶段取值无效' }),
  people: zWhole('项目参加人员'),
  personMonths: zWhole('项目实际工作时间（人月）'),
  expenditure: zRdMoney('项目经费内部支出'),
  government: zRdMoney('项目其中政府资金').default('0'),
});
export type TRdProjectInput = z.output<typeof ZRdProjectInput>;

/** A project as the API returns it. */
export const ZRdProject = z.object({
  name: z.string(),
  source: z.enum(RD_PROJECT_SOURCES),
  cooperation: z.enum(RD_COOPERATION_FORMS),
  stage: z.enum(RD_PROJECT_STAGES),
  people: z.number().int(),
  personMonths: z.number().int(),
  expenditure: z.string(),
  government: z.string(),
});

/** Saving the form: figures, projects, explanations of warnings, and the version read (optimistic locking). */
export const ZRdFormSave = ZRdFigures.extend({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  projects: z.array(ZRdProjectInput).max(200, '研发项目最多 200 个').default([]),
  /** Explanations of warning findings, by check code. */
  explanations: z.partialRecord(z.enum(RD_CHECK_CODES), z.string().trim().max(500, '情况说明最多 500 字')).default({}),
  remark: z.string().trim().max(500, '备注最多 500 字').nullable().optional(),
});
export type TRdFormSave = z.output<typeof ZRdFormSave>;

/** A finding as the API returns it (for the review list, with the unit it belongs to). */
export const ZRdFinding = z.object({
  code: z.enum(RD_CHECK_CODES),
  severity: z.enum(['error', 'warning']),
  field: z.string(),
  message: z.string(),
  explanation: z.string().nullable(),
});

const money = z.string().nullable();

/** The unit's form as the API returns it. */
export const ZRdForm = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  taskTitle: z.string(),
  taskStatus: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  townshipName: z.string().nullable(),
  industryCode: z.string().nullable(),
  performer: z.string(),
  isHighTech: z.boolean(),
  isTechSme: z.boolean(),
  status: z.enum(RD_REPORT_STATUSES),
  staffTotal: z.number().int().nullable(),
  revenue: money,
  rdStaff: z.number().int().nullable(),
  internalTotal: money,
  labor: money,
  materials: money,
  depreciation: money,
  equipment: money,
  otherCost: money,
  fundsOwn: money,
  fundsGovernment: money,
  fundsOther: money,
  external: money,
  deductionClaimed: money,
  projects: z.array(ZRdProject),
  explanations: z.record(z.string(), z.string()),
  remark: z.string().nullable(),
  /** Where pre-filled figures came from (the register), e.g. { staffTotal: '企业名录 2021 年度' }. */
  prefill: z.record(z.string(), z.string()),
  filledByStaff: z.boolean(),
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  findings: z.array(ZRdFinding),
  version: z.number().int(),
});
export type TRdForm = z.infer<typeof ZRdForm>;

/** Submit, approve: only the version read. */
export const ZRdVersionBody = z.object({ version: z.number({ error: '缺少版本号' }).int().min(1) });

/** 退回: the version read and a reason the unit will see. */
export const ZRdReturnBody = ZRdVersionBody.extend({
  reason: z
    .string({ error: '请填写退回原因' })
    .trim()
    .min(2, '请填写退回原因（至少 2 个字）')
    .max(500, '退回原因最多 500 字'),
});

/** A row of a task's unit list. */
export const ZRdUnitRow = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  industryCode: z.string().nullable(),
  isHighTech: z.boolean(),
  isTechSme: z.boolean(),
  status: z.enum(RD_REPORT_STATUSES),
  internalTotal: money,
  fundsGovernment: money,
  external: money,
  filledByStaff: z.boolean(),
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  version: z.number().int(),
});

/** Filters of a task's unit list. */
export const ZRdUnitQuery = ZPageQuery.extend({
  status: z.enum(RD_REPORT_STATUSES).optional(),
  townshipCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  keyword: z.string().trim().max(50).optional(),
  /** Only these units: a dashboard or report figure links to its records as ?ids=1,2,3. */
  ids: zFactIds.optional(),
});

/** An enterprise user's own forms across tasks. */
export const ZRdMyReport = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  taskTitle: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  taskStatus: z.string(),
  status: z.enum(RD_REPORT_STATUSES),
  returnReason: z.string().nullable(),
  /** The unit's own 研发经费内部支出 as filled (yuan), null while not filled. */
  internalTotal: z.string().nullable(),
  /** Whether a leader has published the task's county totals. */
  published: z.boolean(),
  version: z.number().int(),
});

/** One row of the statistics office's sheet (one unit per row): the same figure schema as the form, keyed by credit code. */
export const ZRdImportRow = ZRdFigures.extend({
  creditCode: z.string({ error: '请填写统一社会信用代码' }).trim().min(1, '请填写统一社会信用代码').max(40),
  enterpriseName: z.string().trim().max(100).optional(),
  /** Applies to every warning the row's figures raise (warnings need an explanation). */
  explanation: z.string().trim().max(500, '情况说明最多 500 字').optional(),
});
export type TRdImportRow = z.output<typeof ZRdImportRow>;
