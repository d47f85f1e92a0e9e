import type { z } from 'zod';
import {
  exact,
  parseRdPeriod,
  type RdCheckCode,
  type TRdTask,
  type ZIndicatorValue,
  type ZRdCheckRuleRow,
  type ZRdMyReport,
} from '@kechuang/domain';
import type { CheckRuleRow, IndicatorRow } from './rd-settings.repository';
import type { RdTaskView, StatusCounts } from './rd-task.repository';
import type { listReportsOf } from './rd-unit.repository';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : d);

/** 填报率 (submitted + approved) / units as a percent with 2 decimals ('0.00' for an empty task). */
export function reportedRate(c: { units: number; submitted: number; approved: number }): string {
  if (c.units === 0) return '0.00';
  return exact.formatFixed(exact.ratio(BigInt((c.submitted + c.approved) * 100), BigInt(c.units)), 2, 'half-up');
}

/** Status counts → API shape. */
export function presentCounts(c: StatusCounts | undefined) {
  const x = c ?? { units: 0, not_filled: 0, saved: 0, submitted: 0, approved: 0, returned: 0 };
  return {
    units: x.units,
    notFilled: x.not_filled,
    saved: x.saved,
    submitted: x.submitted,
    approved: x.approved,
    returned: x.returned,
    reportedRate: reportedRate(x),
  };
}

/** Task row with its counts → API shape. */
export function presentTask({ task: t, counts }: RdTaskView): TRdTask {
  const filter = (t.unit_filter ?? {}) as { picks?: string[]; tags?: string[]; enterpriseIds?: number[] };
  return {
    id: t.id,
    title: t.title,
    regionCode: t.region_code,
    regionName: t.region_name,
    period: t.period,
    periodLabel: parseRdPeriod(t.period)?.label ?? t.period,
    dueDate: t.due_date,
    status: t.status as TRdTask['status'],
    unitFilter: { picks: filter.picks ?? [], tags: filter.tags ?? [], enterpriseIds: filter.enterpriseIds ?? [] },
    published: t.published,
    publishedAt: iso(t.published_at),
    openedAt: iso(t.opened_at),
    closedAt: iso(t.closed_at),
    remark: t.remark,
    counts: presentCounts(counts),
    createdAt: t.created_at.toISOString(),
    version: t.version,
  };
}

/** An enterprise user's own form in the list across tasks → API shape. */
export function presentMyReport(r: Awaited<ReturnType<typeof listReportsOf>>[number]): z.infer<typeof ZRdMyReport> {
  return {
    id: r.id,
    taskId: r.task_id,
    taskTitle: r.title,
    period: r.period,
    periodLabel: parseRdPeriod(r.period)?.label ?? r.period,
    dueDate: r.due_date,
    taskStatus: r.task_status,
    status: r.status as 'saved',
    returnReason: r.return_reason,
    internalTotal: r.internal_total,
    published: r.published,
    version: r.version,
  };
}

/** Indicator value row → API shape. */
export function presentIndicator(r: IndicatorRow): z.infer<typeof ZIndicatorValue> {
  return {
    id: r.id,
    regionCode: r.region_code,
    code: r.code,
    period: r.period,
    value: r.value,
    unit: r.unit,
    source: r.source,
    remark: r.remark,
    version: r.version,
  };
}

/** Cross-check rule row → API shape. */
export function presentCheckRule(r: CheckRuleRow): z.infer<typeof ZRdCheckRuleRow> {
  return {
    code: r.code as RdCheckCode,
    label: r.label,
    severity: r.severity as 'error',
    enabled: r.enabled,
    threshold: r.threshold,
    locked: r.locked,
    description: r.description,
    version: r.version,
  };
}
