import { z } from 'zod';
import { ZCriterion } from '../../project/review-aggregation';

// The indicator scheme of one platform kind and level (docs/rules.md §5.4): stored as data (a JSON definition with a
// version and an effective year), validated here, so the bureau changes weights, targets and cut-offs by issuing a
// new version, never by changing code.

const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, '标识须以字母开头，仅含字母、数字、下划线');
const label = z.string().trim().min(1, '请填写名称').max(60, '名称最多 60 个字');

/** One figure the operator fills for the year (在孵企业数, 孵化场地面积…), with its allowed range. */
export const ZEvalField = z
  .object({
    key,
    label,
    unit: z.string().max(10),
    min: z.number(),
    max: z.number(),
    /** Decimals allowed (0: a whole number). */
    decimals: z.number().int().min(0).max(4),
    /** The field may not exceed another one (获投融资企业数 ≤ 在孵企业数). */
    notAbove: key.optional(),
  })
  .refine((f) => f.min <= f.max, { message: '下限不能大于上限', path: ['max'] });
export type TEvalField = z.infer<typeof ZEvalField>;

/** What an indicator measures: one field, or one field as a percentage of another. */
export const ZEvalValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: key }),
  z.object({ kind: z.literal('percent'), numerator: key, denominator: key }),
]);

/** One band: from `min` (inclusive) up, the indicator earns `share` of its weight. Listed highest first. */
export const ZEvalBand = z.object({ min: z.number(), share: z.number().min(0).max(1) });

/** How a value earns points: in proportion to a target (capped at the weight), or by bands. */
export const ZEvalScoring = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('target'), target: z.number().positive('目标值须大于 0') }),
  z.object({ kind: z.literal('bands'), bands: z.array(ZEvalBand).min(1, '至少一个分档') }),
]);
export type TEvalScoring = z.infer<typeof ZEvalScoring>;

/** One quantitative indicator: its group (综合服务能力…), weight in points, value, scoring, and basis. */
export const ZEvalIndicator = z.object({
  key,
  label,
  group: label,
  weight: z.number().positive('权重须大于 0').max(100),
  value: ZEvalValue,
  scoring: ZEvalScoring,
  /** 艰苦边远地区: the target or band thresholds are lowered by the scheme's relaxation. */
  relaxable: z.boolean(),
  /** Where the target comes from: a source tag of docs/rules.md §8.2, or 本局设定. */
  basis: z.string().max(200),
});
export type TEvalIndicator = z.infer<typeof ZEvalIndicator>;

export const EVAL_GRADES = ['A', 'B', 'C', 'D'] as const;
export type EvalGrade = (typeof EVAL_GRADES)[number];
/** 国科火字〔2019〕239号's four grades [S56]. */
export const EVAL_GRADE_LABELS: Record<EvalGrade, string> = { A: '优秀', B: '良好', C: '合格', D: '不合格' };

/** The grade cut-offs: A, B, C with their lowest total (inclusive), D catching the rest (min null). */
export const ZEvalGradeCut = z.object({ grade: z.enum(EVAL_GRADES), min: z.number().min(0).max(100).nullable() });

/** A scheme's definition (the JSON stored with each version). Totals are out of 100. */
export const ZEvalSchemeDefinition = z
  .object({
    fields: z.array(ZEvalField).min(1, '至少一项填报数据'),
    indicators: z.array(ZEvalIndicator).min(1, '至少一项定量指标'),
    /** 专家定性评价: the experts' criteria (scored as in project reviews) and the points it carries in the total. */
    qualitative: z.object({
      points: z.number().min(0).max(100),
      minExperts: z.number().int().min(1).max(15),
      criteria: z.array(ZCriterion).min(1, '至少一项专家评价指标'),
    }),
    /** 地方管理评价: the bureau's score, 0..maxScore points of the total. */
    management: z.object({ maxScore: z.number().min(0).max(100) }),
    grades: z.array(ZEvalGradeCut).length(4, '等级须为 A、B、C、D 四档'),
    /** 连续 n 次不合格 → 摘牌 proposed [S54][S60]. */
    revocation: z.object({ consecutiveFails: z.number().int().min(1).max(5) }),
    /** 艰苦边远地区: quantitative requirements lowered by this percentage [S54]. */
    hardshipRelaxation: z.object({ percent: z.number().min(0).max(50) }),
  })
  .superRefine((d, ctx) => {
    const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    const fields = new Set(d.fields.map((f) => f.key));
    if (fields.size !== d.fields.length) problem('填报数据的标识重复', ['fields']);
    d.fields.forEach((f, i) => {
      if (f.notAbove && !fields.has(f.notAbove)) {
        problem(`“${f.label}”引用了不存在的数据项 ${f.notAbove}`, ['fields', i]);
      }
    });
    if (new Set(d.indicators.map((x) => x.key)).size !== d.indicators.length) {
      problem('定量指标的标识重复', ['indicators']);
    }
    d.indicators.forEach((x, i) => {
      const used = x.value.kind === 'field' ? [x.value.field] : [x.value.numerator, x.value.denominator];
      for (const u of used) if (!fields.has(u)) problem(`指标“${x.label}”引用了不存在的数据项 ${u}`, ['indicators', i]);
      if (x.scoring.kind === 'bands' && x.scoring.bands.some((b, j, all) => j > 0 && b.min >= all[j - 1].min)) {
        problem(`指标“${x.label}”的分档须从高到低排列`, ['indicators', i]);
      }
    });
    const quantitative = d.indicators.reduce((s, x) => s + x.weight, 0);
    const total = quantitative + d.qualitative.points + d.management.maxScore;
    if (Math.abs(total - 100) > 1e-9) {
      problem(
        `定量指标权重 ${quantitative} + 专家评价 ${d.qualitative.points} + 管理评价 ${d.management.maxScore} 须合计 100 分`,
        [],
      );
    }
    const order = d.grades.map((g) => g.grade).join('');
    if (order !== 'ABCD') problem('等级须按 A、B、C、D 顺序排列', ['grades']);
    const mins = d.grades.slice(0, 3).map((g) => g.min);
    if (mins.some((m) => m === null) || d.grades[3]?.min !== null) {
      problem('A、B、C 须有分数线，D 为其余', ['grades']);
    } else if (!((mins[0] as number) > (mins[1] as number) && (mins[1] as number) > (mins[2] as number))) {
      problem('分数线须 A > B > C', ['grades']);
    }
  });
export type TEvalSchemeDefinition = z.infer<typeof ZEvalSchemeDefinition>;
