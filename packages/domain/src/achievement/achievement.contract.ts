import { z } from 'zod';
import { ZPageQuery, zFactIdsText } from '../platform/common.contract';
import { zDate } from '../platform/date';
import {
  ACHIEVEMENT_ATTRIBUTES,
  ACHIEVEMENT_CATEGORIES,
  ACHIEVEMENT_EVALUATIONS,
  ACHIEVEMENT_LEVELS,
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_STATES,
} from './achievement.enums';
import { EVIDENCE_KINDS } from './achievement-evidence';

// The registration form (docs/rules.md §5.3, [S48][S49]): one set of field rules for the API body and each Excel
// row, so a refusal reads the same wherever it comes from; every message names its field.

/** The most 关键词 the form takes [S48], and the longest 简介 [S51]. */
export const ACHIEVEMENT_LIMITS = { keywords: 3, abstractChars: 2000, completers: 50, otherUnits: 20 } as const;

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}须为文字`) })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}最多 ${max} 个字`);
const choice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? `请选择${label}` : `${label}不在可选范围内`) });
/** 研究起止 are year and month on the form [S48]. */
const yearMonth = (label: string) =>
  z
    .string({ error: () => `请填写${label}` })
    .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, `${label}须为年月，格式 YYYY-MM，如 2021-03`);

export const ZCompleter = z.object({
  order: z.number({ error: '完成人排序须为数字' }).int('完成人排序须为整数').min(1, '完成人排序从 1 开始'),
  name: text('完成人姓名', 2, 30),
  unit: z.string().trim().max(100, '完成人工作单位最多 100 个字').nullable().optional(),
  title: z.string().trim().max(30, '完成人职称最多 30 个字').nullable().optional(),
});
export type TCompleter = z.infer<typeof ZCompleter>;

/** 完成人 in their order: the order numbers are 1 … n, each once. */
const completers = z
  .array(ZCompleter, { error: '请填写完成人' })
  .min(1, '请填写完成人')
  .max(ACHIEVEMENT_LIMITS.completers, `完成人最多 ${ACHIEVEMENT_LIMITS.completers} 人`)
  .superRefine((list, ctx) => {
    const orders = list.map((c) => c.order).sort((a, b) => a - b);
    if (orders.some((o, i) => o !== i + 1)) {
      ctx.addIssue({
        code: 'custom',
        message: `完成人排序须为 1 至 ${list.length} 连续且不重复（现为 ${orders.join('、')}）`,
      });
    }
  });

const keywords = z
  .array(text('关键词', 1, 20), { error: '请填写关键词' })
  .min(1, '请填写关键词')
  .max(ACHIEVEMENT_LIMITS.keywords, `关键词最多 ${ACHIEVEMENT_LIMITS.keywords} 个`);

/** 成果简介, counted in characters (not UTF-16 units) [S51]. */
const abstract = z
  .string({ error: '请填写成果简介' })
  .trim()
  .min(1, '请填写成果简介')
  .superRefine((s, ctx) => {
    const n = [...s].length;
    if (n > ACHIEVEMENT_LIMITS.abstractChars) {
      ctx.addIssue({ code: 'custom', message: `成果简介最多 ${ACHIEVEMENT_LIMITS.abstractChars} 字（现为 ${n} 字）` });
    }
  });

/** The fields of the form, before the rules across fields. */
const otherUnits = z
  .array(text('其他完成单位', 2, 100))
  .max(ACHIEVEMENT_LIMITS.otherUnits, `其他完成单位最多 ${ACHIEVEMENT_LIMITS.otherUnits} 个`);

const ZAchievementFields = z.object({
  name: text('成果名称', 2, 100),
  category: choice('成果类别', ACHIEVEMENT_CATEGORIES),
  /** 成果密级: only 非密 results are registered here [S50]. */
  secrecy: z.enum(['public', 'classified'], { error: '成果密级须为非密或涉密' }).default('public'),
  /** 第一完成单位 from the enterprise register; an institution outside it by name (staff only). */
  enterpriseId: z.number().int().positive().nullable().optional(),
  firstUnitName: z.string().trim().max(100, '第一完成单位名称最多 100 个字').nullable().optional(),
  /** The county of an institution's registration (an enterprise's is the enterprise's county). */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '所属县区须为 6 位区划代码')
    .nullable()
    .optional(),
  otherUnits: otherUnits.default([]),
  completers,
  researchStart: yearMonth('研究起始时间'),
  researchEnd: yearMonth('研究终止时间'),
  attribute: choice('成果属性', ACHIEVEMENT_ATTRIBUTES),
  keywords,
  level: choice('成果水平', ACHIEVEMENT_LEVELS),
  stage: choice('成果所处阶段', ACHIEVEMENT_STAGES),
  evaluation: choice('评价方式', ACHIEVEMENT_EVALUATIONS),
  intellectualProperty: z.string().trim().max(500, '知识产权最多 500 个字').nullable().optional(),
  abstract,
});

type Fields = z.infer<typeof ZAchievementFields>;

/** The rules across fields: 涉密 refused, the first unit named, 研究起止 in order, 成果水平 from the evaluation. */
function crossFieldRules(f: Fields, ctx: z.RefinementCtx): void {
  if (f.secrecy === 'classified') {
    ctx.addIssue({
      code: 'custom',
      path: ['secrecy'],
      message: '成果密级：涉密科技成果不通过本系统登记（国统函〔2000〕159号），请按保密规定另行办理',
    });
  }
  if (!f.enterpriseId && !f.firstUnitName) {
    ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: '请选择第一完成单位' });
  }
  if (f.researchEnd < f.researchStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['researchEnd'],
      message: `研究终止时间 ${f.researchEnd} 不能早于研究起始时间 ${f.researchStart}`,
    });
  }
  if (f.evaluation === 'none' && f.level !== 'unevaluated') {
    ctx.addIssue({ code: 'custom', path: ['level'], message: '成果水平：未经评价的成果只能填“未评价”' });
  }
  if (f.evaluation !== 'none' && f.level === 'unevaluated') {
    ctx.addIssue({ code: 'custom', path: ['level'], message: '成果水平：已评价的成果须按评价结论填写水平' });
  }
}

/** The registration form (POST body). */
export const ZAchievementInput = ZAchievementFields.superRefine(crossFieldRules);
export type TAchievementInput = z.infer<typeof ZAchievementInput>;

/** An edit sends the whole form again with the version read. */
export const ZUpdateAchievementRequest = ZAchievementFields.extend({ version: z.number().int().min(1) }).superRefine(
  crossFieldRules,
);
export type TUpdateAchievementRequest = z.infer<typeof ZUpdateAchievementRequest>;

/** A move without anything to add; a reason where the move needs one (退回, 撤销). */
export const ZAchievementMoveRequest = z.object({
  version: z.number().int().min(1),
  comment: z.string().trim().max(500, '原因最多 500 个字').nullable().optional(),
});
export type TAchievementMoveRequest = z.infer<typeof ZAchievementMoveRequest>;

/** 登记: the 批准登记号 and 登记日期 (docs/rules.md §4.4). */
export const ZAchievementRegisterRequest = ZAchievementMoveRequest.extend({
  registrationNo: z.string({ error: '请填写登记号' }).trim().toUpperCase().min(1, '请填写登记号'),
  registeredOn: zDate('登记日期'),
});
export type TAchievementRegisterRequest = z.infer<typeof ZAchievementRegisterRequest>;

export const ZAchievementFile = z.object({
  id: z.number().int(),
  kind: z.enum(EVIDENCE_KINDS),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type TAchievementFile = z.infer<typeof ZAchievementFile>;

export const ZAchievementHistoryEntry = z.object({
  from: z.enum(ACHIEVEMENT_STATES).nullable(),
  to: z.enum(ACHIEVEMENT_STATES),
  at: z.string(),
  actorName: z.string().nullable(),
  onBehalf: z.boolean(),
  comment: z.string().nullable(),
});
export type TAchievementHistoryEntry = z.infer<typeof ZAchievementHistoryEntry>;

/** A registration as the API answers it. */
export const ZAchievement = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  firstUnitName: z.string(),
  otherUnits: z.array(z.string()),
  name: z.string(),
  category: z.enum(ACHIEVEMENT_CATEGORIES),
  completers: z.array(ZCompleter),
  researchStart: z.string(),
  researchEnd: z.string(),
  attribute: z.enum(ACHIEVEMENT_ATTRIBUTES),
  keywords: z.array(z.string()),
  level: z.enum(ACHIEVEMENT_LEVELS),
  stage: z.enum(ACHIEVEMENT_STAGES),
  evaluation: z.enum(ACHIEVEMENT_EVALUATIONS),
  intellectualProperty: z.string().nullable(),
  abstract: z.string(),
  status: z.enum(ACHIEVEMENT_STATES),
  submittedAt: z.string().nullable(),
  registrationNo: z.string().nullable(),
  registeredOn: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TAchievement = z.infer<typeof ZAchievement>;

/** One registration with its evidence files and its history. */
export const ZAchievementDetail = ZAchievement.extend({
  files: z.array(ZAchievementFile),
  history: z.array(ZAchievementHistoryEntry),
});
export type TAchievementDetail = z.infer<typeof ZAchievementDetail>;

/** The list's filters: keyword, 类别, status, year (of 登记日期, else of creation), county, and a fact's `ids`. */
export const ZAchievementListQuery = ZPageQuery.extend({
  keyword: z.string().trim().max(50, '关键字最多 50 个字').optional(),
  category: z.enum(ACHIEVEMENT_CATEGORIES, { error: '成果类别不在可选范围内' }).optional(),
  status: z.enum(ACHIEVEMENT_STATES, { error: '状态不在可选范围内' }).optional(),
  year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100').optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '所属县区须为 6 位区划代码')
    .optional(),
  ids: zFactIdsText.optional(),
  sort: z.enum(['registeredOn', 'name', 'updatedAt']).optional(),
  order: z.enum(['ascend', 'descend']).optional(),
});
export type TAchievementListQuery = z.infer<typeof ZAchievementListQuery>;

/** The evidence kind of an upload (`?kind=`). */
export const ZEvidenceKindQuery = z.object({ kind: z.enum(EVIDENCE_KINDS, { error: '证明材料类型不在可选范围内' }) });

const splitList = (s: string) =>
  s
    .split(/[;；,，、\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * One row of the historic-registration sheet: the form's fields as text (lists separated by 、 or ；), the
 * 第一完成单位 by its credit code in the register or by name, and the 登记号 and 登记日期 it was registered with.
 */
export const ZAchievementImportRow = z
  .object({
    name: text('成果名称', 2, 100),
    category: choice('成果类别', ACHIEVEMENT_CATEGORIES),
    creditCode: z.string().trim().optional(),
    firstUnitName: z.string().trim().max(100, '第一完成单位名称最多 100 个字').optional(),
    otherUnits: z.string().optional(),
    completers: z.string({ error: '请填写完成人' }),
    researchStart: yearMonth('研究起始时间'),
    researchEnd: yearMonth('研究终止时间'),
    attribute: choice('成果属性', ACHIEVEMENT_ATTRIBUTES),
    keywords: z.string({ error: '请填写关键词' }),
    level: choice('成果水平', ACHIEVEMENT_LEVELS),
    stage: choice('成果所处阶段', ACHIEVEMENT_STAGES),
    evaluation: choice('评价方式', ACHIEVEMENT_EVALUATIONS),
    intellectualProperty: z.string().trim().max(500, '知识产权最多 500 个字').optional(),
    abstract,
    registrationNo: z.string({ error: '请填写登记号' }).trim().toUpperCase(),
    registeredOn: zDate('登记日期'),
  })
  .transform((r) => ({
    ...r,
    otherUnits: r.otherUnits ? splitList(r.otherUnits) : [],
    completers: splitList(r.completers).map((name, i) => ({ order: i + 1, name })),
    keywords: splitList(r.keywords),
  }))
  .pipe(
    ZAchievementFields.omit({ secrecy: true, enterpriseId: true, regionCode: true }).extend({
      otherUnits,
      firstUnitName: z.string().optional(),
      intellectualProperty: z.string().optional(),
      creditCode: z.string().optional(),
      registrationNo: z.string(),
      registeredOn: z.string(),
    }),
  )
  .superRefine((r, ctx) => {
    if (!r.creditCode && !r.firstUnitName) {
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '请填写第一完成单位的统一社会信用代码或名称' });
    }
    crossFieldRules({ ...r, secrecy: 'public', enterpriseId: 1, regionCode: null }, ctx);
  });
export type TAchievementImportRow = z.output<typeof ZAchievementImportRow>;

/** What the import's commit job adds to its result. */
export const ZAchievementImportCommitted = z.object({ created: z.number().int() });
export type TAchievementImportCommitted = z.infer<typeof ZAchievementImportCommitted>;
