import { z } from 'zod';
import { ZPageQuery } from '../platform/common.contract';
import { zDate } from '../platform/date';
import { ZRdPeriod } from './rd-period';
import { RD_TASK_STATUSES, RD_UNIT_PICKS } from './rd.enums';

/** Which units must report: the union of the picks, tags and explicit ids, within the task's region. */
export const ZRdUnitFilter = z
  .object({
    picks: z
      .array(z.enum(RD_UNIT_PICKS, { error: '单位范围取值无效，可选 all、high_tech、tech_sme' }))
      .max(3)
      .default([]),
    tags: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
    enterpriseIds: z.array(z.number().int().positive()).max(100_000).default([]),
  })
  .refine(
    (f) => f.picks.length + f.tags.length + f.enterpriseIds.length > 0,
    '请至少选择一种单位范围（全部、高企、科小、标签或指定单位）',
  );
export type TRdUnitFilter = z.output<typeof ZRdUnitFilter>;

/** Creating a task: the units are picked now and frozen. */
export const ZRdTaskCreate = z.object({
  title: z.string({ error: '请填写任务名称' }).trim().min(2, '任务名称至少 2 个字').max(100, '任务名称最多 100 个字'),
  period: ZRdPeriod,
  dueDate: zDate('截止日期'),
  /** Defaults to the user's own region; must lie in the user's scope. */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '区划须为 6 位代码')
    .optional(),
  units: ZRdUnitFilter,
  remark: z.string().trim().max(500).nullable().optional(),
});

/** Editing a task's title, due date or remark (optimistic locking). */
export const ZRdTaskUpdate = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(2, '任务名称至少 2 个字').max(100).optional(),
  dueDate: zDate('截止日期').optional(),
  remark: z.string().trim().max(500).nullable().optional(),
});

/** Adding units to a draft or open task. */
export const ZRdAddUnits = z.object({ version: z.number().int().min(1), units: ZRdUnitFilter });

/** Publishing (or withdrawing) the county totals to enterprise users. */
export const ZRdPublish = z.object({ version: z.number().int().min(1), published: z.boolean() });

/** Status counts of a task's units. */
export const ZRdStatusCounts = z.object({
  units: z.number().int(),
  notFilled: z.number().int(),
  saved: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  /** 填报率: (submitted + approved) / units, percent with 2 decimals. */
  reportedRate: z.string(),
});

/** A task as the API returns it. */
export const ZRdTask = z.object({
  id: z.number().int(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  status: z.enum(RD_TASK_STATUSES),
  unitFilter: z.object({
    picks: z.array(z.string()),
    tags: z.array(z.string()),
    enterpriseIds: z.array(z.number().int()),
  }),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  remark: z.string().nullable(),
  counts: ZRdStatusCounts,
  createdAt: z.string(),
  version: z.number().int(),
});
export type TRdTask = z.infer<typeof ZRdTask>;

/** A created task, with the units the filter skipped because they already report for the period elsewhere. */
export const ZRdTaskCreated = ZRdTask.extend({
  skipped: z.array(z.object({ enterpriseId: z.number().int(), enterpriseName: z.string(), reason: z.string() })),
});

/** Filters of the task list. */
export const ZRdTaskQuery = ZPageQuery.extend({
  status: z.enum(RD_TASK_STATUSES).optional(),
  period: z.string().trim().max(7).optional(),
  keyword: z.string().trim().max(50).optional(),
});
