import { exact, parseRdPeriod, type TRdTask } from '@kechuang/domain';
import type { RdTaskRow, StatusCounts } from './rd-task.repository';

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

/** Task row → API shape. */
export function presentTask(t: RdTaskRow, counts: StatusCounts | undefined): TRdTask {
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
