import { sql, type Expression, type SqlBool } from 'kysely';
import type { DemandActor } from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

// Who sees and does what in 揭榜挂帅 (docs/rules.md §5.2), stated once: staff and leaders the demands of their region,
// an enterprise its own, an expert those assigned to them for 论证.

export function techDemandScope(auth: AuthContext): RowScope {
  return rowScope(auth, {
    region: ['tech-demand:read'],
    own: ['tech-demand:self'],
    assigned: ['tech-demand:review'],
  });
}

/** The demand table called `d`: by region, enterprise, and the experts assigned to it. */
export const TECH_DEMAND_COLUMNS = {
  region: 'd.region_code',
  enterprise: 'd.enterprise_id',
  assigned: (userId: number): Expression<SqlBool> =>
    sql<SqlBool>`exists (select 1 from tech_demand_review v where v.demand_id = d.id and v.expert_id = ${userId})`,
};

export interface DemandAccessRow {
  region_code: string;
  enterprise_id: number;
  expertIds: readonly number[];
}

/** Refuses a demand outside the user's scope (another county, another enterprise, not assigned to the expert). */
export function assertCanReadDemand(auth: AuthContext, row: DemandAccessRow): RowScope {
  const scope = techDemandScope(auth);
  assertInScope(scope, { ...row, assignedTo: (userId) => row.expertIds.includes(userId) }, '该技术需求');
  return scope;
}

/**
 * The part the user plays on a demand when changing it: staff of its region ('staff') or its enterprise
 * ('owner'). Leaders and experts read only (403).
 */
export function actorOnDemand(auth: AuthContext, row: { region_code: string; enterprise_id: number }): DemandActor {
  if (holds(auth, 'tech-demand:write')) {
    if (!inScope(auth.scopePrefix, row.region_code)) throw new AppError('OUT_OF_SCOPE', '该技术需求不在您的管辖范围内');
    return 'staff';
  }
  if (holds(auth, 'tech-demand:self') && auth.enterpriseId !== null) {
    if (auth.enterpriseId !== row.enterprise_id) throw new AppError('OUT_OF_SCOPE', '只能办理本单位的技术需求');
    return 'owner';
  }
  throw forbidden();
}

/** Who records a demand for which enterprise: an enterprise for itself; staff for one they name in their region. */
export function enterpriseToPostFor(auth: AuthContext, enterpriseId: number | undefined): number {
  if (holds(auth, 'tech-demand:write')) {
    if (!enterpriseId) {
      throw new AppError('VALIDATION_FAILED', '请选择提出需求的企业', [
        { field: 'enterpriseId', message: '请选择提出需求的企业' },
      ]);
    }
    return enterpriseId;
  }
  if (holds(auth, 'tech-demand:self') && auth.enterpriseId) {
    if (enterpriseId && enterpriseId !== auth.enterpriseId) throw forbidden('只能为本单位填报技术需求');
    return auth.enterpriseId;
  }
  throw forbidden();
}

/** The enterprise a demand is recorded for lies in the user's scope (staff: their region). */
export function assertEnterpriseInScope(auth: AuthContext, enterprise: { id: number; region_code: string }): void {
  if (auth.enterpriseId === enterprise.id) return;
  if (!inScope(auth.scopePrefix, enterprise.region_code)) {
    throw new AppError('OUT_OF_SCOPE', '该企业不在您的管辖范围内');
  }
}

/** The bureau's actions (calls, 论证, ranking, publication): staff of the row's region only. */
export function assertDemandStaff(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'tech-demand:write')) throw forbidden('该操作须由科技局业务人员办理');
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** Calls are the bureau's: staff and leaders of a region read them, and an enterprise sees the open ones to submit into. */
export function callScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['tech-demand:read'] });
}

/** Whether the user may list calls to submit into (enterprises, staff). */
export const maySubmitIntoCalls = (auth: AuthContext): boolean => holds(auth, 'tech-demand:self', 'tech-demand:write');

/** Refuses a review task to anyone but its expert. */
export function assertOwnReview(auth: AuthContext, review: { expert_id: number }): void {
  if (!holds(auth, 'tech-demand:review') || review.expert_id !== auth.userId) {
    throw forbidden('该论证任务未分配给您，不能打分');
  }
}

/** Whether the user sees contact name and phone: bureau, the enterprise; experts see the demand without them. */
export const seesContact = (scope: RowScope): boolean => scope.kind !== 'assigned';

/** The expert whose review tasks are listed: the signed-in expert (403 for anyone else). */
export function reviewerOf(auth: AuthContext): number {
  if (!holds(auth, 'tech-demand:review')) throw forbidden('仅评审专家可查看论证任务');
  return auth.userId;
}

/** Whose to-dos the user has in this module: its enterprise's (tech-demand:self) and its own reviews (expert). */
export function todoRoles(auth: AuthContext): { enterpriseId: number | null; expertId: number | null } {
  return {
    enterpriseId: holds(auth, 'tech-demand:self') && auth.enterpriseId ? auth.enterpriseId : null,
    expertId: holds(auth, 'tech-demand:review') ? auth.userId : null,
  };
}
