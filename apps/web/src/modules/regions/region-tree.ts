import type { TRegion } from '@kechuang/domain';

/** A region row in the tree table; `children: []` marks "has children, not loaded yet". */
export type RegionRow = TRegion & { children?: RegionRow[] };

export const toRow = (r: TRegion): RegionRow => ({ ...r, children: r.hasChildren ? [] : undefined });

/** Replaces the children of `code` anywhere in the tree (immutably). */
export function setChildren(rows: RegionRow[], code: string, kids: TRegion[]): RegionRow[] {
  return rows.map((r) => {
    if (r.code === code) {
      return { ...r, hasChildren: kids.length > 0, children: kids.length ? kids.map(toRow) : undefined };
    }
    return r.children?.length ? { ...r, children: setChildren(r.children, code, kids) } : r;
  });
}

/** Replaces one region's own fields, keeping its loaded children. */
export function replaceRow(rows: RegionRow[], next: TRegion): RegionRow[] {
  return rows.map((r) => {
    if (r.code === next.code) return { ...r, ...next, children: r.children };
    return r.children?.length ? { ...r, children: replaceRow(r.children, next) } : r;
  });
}

/** Whether a region is past its 失效日期 (dates are YYYY-MM-DD, so string order is date order). */
export function isExpired(r: TRegion, today: string): boolean {
  return !!r.validTo && r.validTo <= today;
}
