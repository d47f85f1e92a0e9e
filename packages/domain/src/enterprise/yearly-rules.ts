import type { z } from 'zod';

/**
 * The checks one year of an enterprise's figures must pass, wherever they come from: a row of the Excel import
 * and the yearly-figures edit run this one rule (a zod `superRefine`), so the two cannot drift apart.
 */
export function checkYearlyFigures(
  r: { staffTotal?: number | null; techStaff?: number | null },
  ctx: z.RefinementCtx,
): void {
  const { techStaff, staffTotal } = r;
  if (typeof techStaff === 'number' && typeof staffTotal === 'number' && techStaff > staffTotal) {
    ctx.addIssue({ code: 'custom', message: '科技人员数不能超过职工总数', path: ['techStaff'] });
  }
}
