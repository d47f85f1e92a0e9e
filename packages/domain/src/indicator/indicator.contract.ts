import { z } from 'zod';
import { zDate } from '../platform/date';
import { ZReportPeriodCode } from '../platform/report-facts.contract';
import { INDICATOR_DIRECTIONS } from './indicator-values.contract';
import { FormulaError, INDICATOR_KEY_PATTERN, parseFormula } from './indicator-formula';

/**
 * Indicator templates and their definitions, targets and hand-entered values (issue 18). A template is versioned:
 * an edit writes a new version and the old one stays readable; a copy starts a new template at version 1.
 */

export const INDICATOR_SOURCES = ['fact', 'manual'] as const;
/** The departments whose data an indicator reads (docs/rules.md §5.5: 统计 / 科技 / 税务 / …). */
export const INDICATOR_DEPARTMENTS = [
  '科技',
  '统计',
  '税务',
  '财政',
  '发改',
  '工信',
  '市场监管',
  '人社',
  '其他',
] as const;

const ZRegionCode = z.string().regex(/^\d{6}$/, '区划代码须为 6 位数字');

/**
 * A non-negative decimal with at most two places, up to 1000 万亿 (the numeric(20,2) columns): a target or a
 * hand-entered value, refused in Chinese naming the field.
 */
export function zIndicatorNumber(label: string) {
  return z
    .union([z.number(), z.string()], {
      error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}须为数字`),
    })
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim().replace(/[,，]/g, '')))
    .superRefine((s, ctx) => {
      const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
      const problem = !m
        ? `${label}须为数字，“${s}”不是数字`
        : m[1]
          ? `${label}不能为负数`
          : (m[3]?.length ?? 0) > 2
            ? `${label}最多两位小数`
            : m[2].replace(/^0+/, '').length > 15
              ? `${label}超出可录入范围`
              : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

export const ZIndicatorDefinitionInput = z
  .object({
    key: z
      .string({ error: '请填写指标代码' })
      .regex(INDICATOR_KEY_PATTERN, '指标代码须为小写字母开头的字母、数字与连字符（至多 30 个字符），如 tech-sme'),
    name: z.string({ error: '请填写指标名称' }).trim().min(1, '请填写指标名称').max(60, '指标名称至多 60 个字'),
    unit: z.string({ error: '请填写计量单位' }).trim().min(1, '请填写计量单位').max(10, '计量单位至多 10 个字'),
    direction: z.enum(INDICATOR_DIRECTIONS, { error: '指标方向须为 higher（越大越好）或 lower（越小越好）' }),
    caliber: z.string().trim().max(500, '统计口径至多 500 个字').default(''),
    department: z.enum(INDICATOR_DEPARTMENTS, { error: `数据来源部门须为 ${INDICATOR_DEPARTMENTS.join('、')} 之一` }),
    source: z.enum(INDICATOR_SOURCES, { error: '取数方式须为 fact（由报告事实计算）或 manual（手工录入）' }),
    formula: z.string().trim().max(500, '计算公式至多 500 个字符').nullable().default(null),
    /** Decimals shown (0 for counts, 2 for money and ratios). */
    decimals: z.number({ error: '小数位数须为 0 至 4 的整数' }).int().min(0).max(4).default(0),
  })
  .superRefine((d, ctx) => {
    if (d.source === 'manual') return;
    if (!d.formula) {
      ctx.addIssue({ code: 'custom', path: ['formula'], message: `请填写指标“${d.name}”的计算公式` });
      return;
    }
    try {
      parseFormula(d.formula);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      ctx.addIssue({ code: 'custom', path: ['formula'], message: `指标“${d.name}”的计算公式有误：${e.message}` });
    }
  });
export type IndicatorDefinitionInput = z.output<typeof ZIndicatorDefinitionInput>;

export const ZIndicatorDefinition = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  caliber: z.string(),
  department: z.string(),
  source: z.enum(INDICATOR_SOURCES),
  formula: z.string().nullable(),
  decimals: z.number().int(),
});
export type IndicatorDefinition = z.infer<typeof ZIndicatorDefinition>;

export const ZIndicatorTemplateInput = z.object({
  name: z.string({ error: '请填写模板名称' }).trim().min(2, '模板名称至少 2 个字').max(60, '模板名称至多 60 个字'),
  description: z.string().trim().max(500, '模板说明至多 500 个字').default(''),
  definitions: z
    .array(ZIndicatorDefinitionInput, { error: '请列出模板的指标' })
    .min(1, '模板至少含一项指标')
    .max(60, '模板至多 60 项指标')
    .superRefine((defs, ctx) => {
      const seen = new Set<string>();
      defs.forEach((d, i) => {
        if (seen.has(d.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `指标代码 ${d.key} 重复` });
        seen.add(d.key);
      });
    }),
});
export type IndicatorTemplateInput = z.output<typeof ZIndicatorTemplateInput>;

/** An edit writes a new version: the caller names the version it read (optimistic locking). */
export const ZIndicatorTemplateEdit = ZIndicatorTemplateInput.extend({
  version: z.number({ error: '请提供所修改的模板版本号' }).int().min(1),
});

export const ZIndicatorTemplate = z.object({
  id: z.number().int(),
  /** The template's line across versions: every version of one template shares it. */
  familyId: z.number().int(),
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  current: z.boolean(),
  builtIn: z.boolean(),
  createdAt: z.string(),
  definitions: z.array(ZIndicatorDefinition),
});
export type IndicatorTemplate = z.infer<typeof ZIndicatorTemplate>;

export const ZIndicatorTargetInput = z.object({
  regionCode: ZRegionCode,
  year: z.number({ error: '目标年度须为 2000 至 2100 的年份' }).int().min(2000).max(2100),
  indicatorKey: z.string({ error: '请选择指标' }).regex(INDICATOR_KEY_PATTERN, '指标代码无效'),
  target: zIndicatorNumber('年度目标值'),
  halfYearTarget: zIndicatorNumber('半年目标值').nullable().default(null),
  /** Required when changing a target already set (optimistic locking). */
  version: z.number().int().min(1).optional(),
});
export type IndicatorTargetInput = z.output<typeof ZIndicatorTargetInput>;

export const ZIndicatorTarget = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  indicatorKey: z.string(),
  target: z.string(),
  halfYearTarget: z.string().nullable(),
  /** The region above that set it. */
  setByRegion: z.string(),
  version: z.number().int(),
});
export type IndicatorTarget = z.infer<typeof ZIndicatorTarget>;

export const ZIndicatorTargetQuery = z.object({
  region: ZRegionCode.optional(),
  year: z.coerce.number({ error: '目标年度须为年份' }).int().min(2000).max(2100),
});

export const ZIndicatorHandValueInput = z.object({
  indicatorKey: z.string({ error: '请选择指标' }).regex(INDICATOR_KEY_PATTERN, '指标代码无效'),
  regionCode: ZRegionCode.optional(),
  period: ZReportPeriodCode,
  value: zIndicatorNumber('指标值'),
  unit: z.string().trim().max(10).optional(),
  source: z
    .string({ error: '请填写数据来源（如 县统计局《统计公报》）' })
    .trim()
    .min(2, '请填写数据来源（如 县统计局《统计公报》）')
    .max(100, '数据来源至多 100 个字'),
  remark: z.string().trim().max(500).nullable().optional(),
  version: z.number().int().min(1).optional(),
});
export type IndicatorHandValueInput = z.output<typeof ZIndicatorHandValueInput>;

export const ZIndicatorHandValue = z.object({
  id: z.number().int(),
  indicatorKey: z.string(),
  regionCode: z.string(),
  period: z.string(),
  value: z.string(),
  unit: z.string(),
  source: z.string(),
  remark: z.string().nullable(),
  version: z.number().int(),
});
export type IndicatorHandValue = z.infer<typeof ZIndicatorHandValue>;

/** The query of the readings, the comparison and the export. */
export const ZIndicatorReadingsQuery = z.object({
  region: ZRegionCode.optional(),
  period: ZReportPeriodCode,
  date: zDate('截至日期').optional(),
  template: z.coerce.number({ error: '指标模板编号须为整数' }).int().positive().optional(),
});
export const ZIndicatorComparisonQuery = ZIndicatorReadingsQuery.extend({
  indicator: z.string({ error: '请选择对比的指标' }).regex(INDICATOR_KEY_PATTERN, '指标代码无效'),
});
