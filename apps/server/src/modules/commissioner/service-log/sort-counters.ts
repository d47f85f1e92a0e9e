import type { TServiceDayCounter, TServiceDayListQuery } from '@kechuang/domain';

/** Orders the day counters by a whitelisted field (then by name), as the staff list asks. */
export function sortCounters(
  rows: TServiceDayCounter[],
  sort: TServiceDayListQuery['sort'],
  order: TServiceDayListQuery['order'],
): TServiceDayCounter[] {
  const dir = order === 'descend' ? -1 : 1;
  const field = sort ?? 'name';
  return [...rows].sort((a, b) => {
    const c = field === 'name' ? a.name.localeCompare(b.name, 'zh-CN') : a[field] - b[field];
    return c !== 0 ? c * dir : a.commissionerId - b.commissionerId;
  });
}
