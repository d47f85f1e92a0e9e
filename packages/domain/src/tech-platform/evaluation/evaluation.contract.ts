import { z } from 'zod';
import { ZPageQuery } from '../../platform/common.contract';
import { zDate } from '../../platform/date';
import { ZCriterion } from '../../project/review-aggregation';
import { EVAL_GRADES, ZEvalField, ZEvalSchemeDefinition } from './evaluation-scheme.schema';
import { EVAL_ROUND_STATES } from './round-transitions';

const code = (what: string) => z.string().trim().min(1, `请选择${what}`).max(40);
const year = z.coerce
  .number()
  .int('年度须为整数')
  .min(2000, '年度须在 2000～2100 之间')
  .max(2100, '年度须在 2000～2100 之间');
const regionCode = z.string().regex(/^\d{6}$/, '所属县区须为 6 位区划代码');
const version = z.number().int().min(1);
const figure = z.union([z.number(), z.string().max(30)]);

/** POST /tech-platform/evaluation/schemes: a new version of the scheme of a kind and level. */
export const ZCreateEvalSchemeRequest = z.object({
  kind: code('平台类型'),
  level: code('平台级别'),
  effectiveYear: year,
  name: z.string().trim().min(2, '名称至少 2 个字').max(100),
  source: z.string().trim().min(1, '请填写依据').max(300),
  definition: ZEvalSchemeDefinition,
});

export const ZEvalScheme = z.object({
  id: z.number().int(),
  kind: z.string(),
  level: z.string(),
  version: z.number().int(),
  effectiveYear: z.number().int(),
  name: z.string(),
  source: z.string(),
  definition: ZEvalSchemeDefinition,
});
export type TEvalScheme = z.infer<typeof ZEvalScheme>;

/** POST /tech-platform/evaluation/rounds: staff open a round for kinds (孵化器、众创空间), a level and a year in a county. */
export const ZOpenEvalRoundRequest = z.object({
  regionCode,
  kinds: z.array(code('平台类型')).min(1, '请选择平台类型').max(10),
  level: code('平台级别'),
  year,
  title: z.string().trim().min(4, '名称至少 4 个字').max(100).optional(),
  openedOn: zDate('开始日期').optional(),
});
export type TOpenEvalRoundRequest = z.infer<typeof ZOpenEvalRoundRequest>;

export const ZEvalRoundListQuery = ZPageQuery.extend({
  year: year.optional(),
  state: z.enum(EVAL_ROUND_STATES).optional(),
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'ids 须为逗号分隔的编号')
    .optional(),
});
export type TEvalRoundListQuery = z.infer<typeof ZEvalRoundListQuery>;

export const ZEvalRound = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  kinds: z.array(z.string()),
  level: z.string(),
  year: z.number().int(),
  state: z.enum(EVAL_ROUND_STATES),
  stateLabel: z.string(),
  hardshipArea: z.boolean(),
  openedOn: z.string(),
  noticeId: z.number().int().nullable(),
  entries: z.number().int(),
  submitted: z.number().int(),
  version: z.number().int(),
});
export type TEvalRound = z.infer<typeof ZEvalRound>;

export const ZEvalRoundTransitionRequest = z.object({
  to: z.enum(EVAL_ROUND_STATES),
  version,
  /** 公示 (moving to published): start date and period. */
  noticeStartDate: zDate('公示开始日期').optional(),
  noticeWorkingDays: z.number().int().min(1, '公示期至少 1 个工作日').max(30).optional(),
});

const ZEvalItemScore = z.object({
  key: z.string(),
  label: z.string(),
  group: z.string(),
  value: z.string().nullable(),
  points: z.string(),
  maxPoints: z.string(),
  message: z.string(),
});

export const ZEvalExpertTask = z.object({
  id: z.number().int(),
  expertId: z.number().int(),
  expertName: z.string(),
  status: z.enum(['assigned', 'submitted']),
  scores: z.record(z.string(), z.string()),
  comment: z.string().nullable(),
  version: z.number().int(),
});

/** One platform's entry in a round: the figures, the three scores, the grade and 摘牌 proposal. */
export const ZEvalEntry = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundTitle: z.string(),
  roundState: z.enum(EVAL_ROUND_STATES),
  platformId: z.number().int(),
  platformName: z.string(),
  kind: z.string(),
  schemeId: z.number().int(),
  schemeName: z.string(),
  /** What the page needs to fill and score: the scheme's data items, the experts' criteria, the bureau's maximum. */
  form: z.object({
    fields: z.array(ZEvalField),
    criteria: z.array(ZCriterion),
    managementMax: z.number(),
  }),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  status: z.enum(['draft', 'submitted']),
  data: z.record(z.string(), z.string()),
  quantitativeScore: z.string().nullable(),
  quantitativeItems: z.array(ZEvalItemScore),
  qualitativeScore: z.string().nullable(),
  managementScore: z.string().nullable(),
  managementComment: z.string().nullable(),
  totalScore: z.string().nullable(),
  grade: z.enum(EVAL_GRADES).nullable(),
  gradeLabel: z.string().nullable(),
  gradeMessage: z.string().nullable(),
  revocationProposed: z.boolean(),
  revocationReason: z.string().nullable(),
  experts: z.array(ZEvalExpertTask),
  version: z.number().int(),
});
export type TEvalEntry = z.infer<typeof ZEvalEntry>;

/** PUT /tech-platform/evaluation/entries/:id/data: the operator (or staff) saves or submits the year's figures. */
export const ZSaveEvalDataRequest = z.object({
  data: z.record(z.string(), figure.nullable()),
  submit: z.boolean().default(false),
  version,
});

/** POST /tech-platform/evaluation/entries/:id/return: staff return submitted figures, saying why. */
export const ZReturnEvalDataRequest = z.object({
  reason: z
    .string({ message: '请填写退回原因' })
    .trim()
    .min(2, '退回原因至少 2 个字')
    .max(500, '退回原因最多 500 个字'),
  version,
});

/** POST /tech-platform/evaluation/entries/assign-experts. */
export const ZAssignEvalExpertsRequest = z.object({
  entryIds: z.array(z.number().int().positive()).min(1, '请选择平台'),
  expertIds: z.array(z.number().int().positive()).min(1, '请选择评审专家'),
});

/** PUT /tech-platform/evaluation/expert-tasks/:id: an expert's qualitative scores. */
export const ZScoreEvalRequest = z.object({
  scores: z.record(z.string(), figure),
  comment: z.string().trim().max(1000).nullable().optional(),
  submit: z.boolean().default(false),
  version,
});

/** PUT /tech-platform/evaluation/entries/:id/management: the bureau's management score. */
export const ZManagementScoreRequest = z.object({
  score: figure,
  comment: z.string().trim().max(500).nullable().optional(),
  version,
});

/** The per-region switch for 艰苦边远地区 (docs/rules.md §5.4 [S54]). */
export const ZEvalRegionSetting = z.object({
  regionCode: z.string(),
  hardshipArea: z.boolean(),
  version: z.number().int(),
});
export const ZSaveEvalRegionSettingRequest = z.object({ hardshipArea: z.boolean(), version: z.number().int().min(0) });

/** One state move of a round, as its history lists it. */
export const ZEvalRoundMove = z.object({
  fromState: z.enum(EVAL_ROUND_STATES).nullable(),
  toState: z.enum(EVAL_ROUND_STATES),
  toLabel: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
});
export type TEvalRoundMove = z.infer<typeof ZEvalRoundMove>;
