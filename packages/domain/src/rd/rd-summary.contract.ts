import { z } from 'zod';
import { RD_CHECK_CODES } from './rd-check-rules';
import { ZRdFinding, ZRdMyReport } from './rd-form.contract';
import { ZRdPeriod } from './rd-period';
import { RD_REPORT_STATUSES } from './rd.enums';
import { ZRdStatusCounts } from './rd-task.contract';
import { zDate } from '../platform/date';
import { MONEY_LIMITS, zMoney } from '../platform/money';

/** Sums over a set of units (元, exact decimal strings). */
export const ZRdAmounts = z.object({
  units: z.number().int(),
  rdStaff: z.number().int(),
  internalTotal: z.string(),
  fundsGovernment: z.string(),
  external: z.string(),
  deductionClaimed: z.string(),
});

/** One group of an aggregation (a township, an industry division, a tier, a performer type). */
export const ZRdGroup = ZRdAmounts.extend({ key: z.string(), label: z.string(), sharePercent: z.string() });

/** R&D intensity = R&D internal expenditure / GDP, with the GDP value and its source. */
export const ZRdIntensity = z.object({
  gdp: z.string(),
  gdpUnit: z.string(),
  gdpSource: z.string(),
  /** Percent with 2 decimals, rounded half-up, e.g. '1.27'. */
  percent: z.string(),
  text: z.string(),
});

/** Which forms an aggregation counts: only approved ones (default) or all submitted and approved. */
export const ZRdBasisQuery = z.object({ basis: z.enum(['approved', 'reported']).default('approved') });

/** A task's aggregation by township, industry (GB/T 4754 大类), tier and performer, with R&D intensity. */
export const ZRdTaskSummary = z.object({
  taskId: z.number().int(),
  period: z.string(),
  periodLabel: z.string(),
  basis: z.enum(['approved', 'reported']),
  published: z.boolean(),
  total: ZRdAmounts,
  byTownship: z.array(ZRdGroup),
  byIndustry: z.array(ZRdGroup),
  byTier: z.array(ZRdGroup),
  byPerformer: z.array(ZRdGroup),
  intensity: ZRdIntensity.nullable(),
});

/** The report fact for a period: the approved total and the records behind it (the half-year report reads this). */
export const ZRdPeriodSummary = z.object({
  period: z.string(),
  periodLabel: z.string(),
  approvedTotal: z.string(),
  approvedTotalWan: z.string(),
  units: z.number().int(),
  unitIds: z.array(z.number().int()),
  enterpriseIds: z.array(z.number().int()),
  taskIds: z.array(z.number().int()),
  intensity: ZRdIntensity.nullable(),
});

/** One point of the trend over periods. */
export const ZRdTrendPoint = z.object({
  period: z.string(),
  periodLabel: z.string(),
  units: z.number().int(),
  internalTotal: z.string(),
  gdp: z.string().nullable(),
  intensityPercent: z.string().nullable(),
});

/** 填报率 overall and per township. */
export const ZRdCompletion = z.object({
  overall: ZRdStatusCounts,
  byTownship: z.array(ZRdStatusCounts.extend({ townshipCode: z.string().nullable(), townshipName: z.string() })),
});

/** A finding on the task's review list, with the unit it belongs to. */
export const ZRdTaskFinding = ZRdFinding.extend({
  unitId: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  status: z.enum(RD_REPORT_STATUSES),
});

/** Filters of the review list. */
export const ZRdFindingQuery = z.object({
  severity: z.enum(['error', 'warning']).optional(),
  code: z.enum(RD_CHECK_CODES).optional(),
  /** Judge "not reported" as of this day (defaults to today). */
  today: zDate('基准日期').optional(),
});

/** 加计扣除 estimate of one unit, with the working. */
export const ZRdDeductionRow = z.object({
  unitId: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  enterpriseType: z.string(),
  eligible: z.boolean(),
  expensedPercent: z.number(),
  expensedRd: z.string(),
  deduction: z.string(),
  taxSaving: z.string(),
  claimed: z.string().nullable(),
  lines: z.array(z.string()),
});

/** 加计扣除 estimates of a task's approved units and their exact totals. */
export const ZRdDeductions = z.object({
  rows: z.array(ZRdDeductionRow),
  total: z.object({ expensedRd: z.string(), deduction: z.string(), taxSaving: z.string(), claimed: z.string() }),
});

/** An indicator value (GDP …) for a region and period, with its source. */
export const ZIndicatorValue = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  code: z.string(),
  period: z.string(),
  value: z.string(),
  unit: z.string(),
  source: z.string(),
  remark: z.string().nullable(),
  version: z.number().int(),
});

/** Entering an indicator value (GDP in 元) with its source; the same region/code/period is updated in place. */
export const ZIndicatorInput = z.object({
  code: z.enum(['gdp'], { error: '指标代码取值无效，可选 gdp（地区生产总值）' }),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '区划须为 6 位代码')
    .optional(),
  period: ZRdPeriod,
  value: zMoney('地区生产总值', { max: MONEY_LIMITS.regionGdp }),
  unit: z.literal('元', { error: '单位须为“元”' }).default('元'),
  source: z.string({ error: '请填写数据来源' }).trim().min(2, '请填写数据来源，如 县统计局').max(100),
  remark: z.string().trim().max(500).nullable().optional(),
  /** Required when the value already exists (optimistic locking). */
  version: z.number().int().min(1).optional(),
});

/** A cross-check rule in force. */
export const ZRdCheckRuleRow = z.object({
  code: z.enum(RD_CHECK_CODES),
  label: z.string(),
  severity: z.enum(['error', 'warning']),
  enabled: z.boolean(),
  threshold: z.string().nullable(),
  locked: z.boolean(),
  description: z.string(),
  version: z.number().int(),
});

/** Changing a rule's severity, switch or threshold (structural rules are locked). */
export const ZRdCheckRuleUpdate = z.object({
  version: z.number().int().min(1),
  severity: z.enum(['error', 'warning']).optional(),
  enabled: z.boolean().optional(),
  threshold: z.number().min(0, '阈值不能为负数').max(1000, '阈值不能超过 1000').nullable().optional(),
});

/**
 * 我的填报 of an enterprise user: its forms (newest period first), the one of the current task (the open task, else
 * the latest), and the county totals of that task only once a leader has published them (else null: the page
 * shows the unit's own figures, never another period's totals).
 */
export const ZRdMyOverview = z.object({
  reports: z.array(ZRdMyReport),
  currentId: z.number().int().nullable(),
  county: ZRdTaskSummary.nullable(),
});
