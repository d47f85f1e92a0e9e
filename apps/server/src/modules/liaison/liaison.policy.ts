import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import type { LiaisonIssueActor } from '@kechuang/domain';

/**
 * Who reads what in 干部包企业 (docs/rules.md §5.7.1): staff and leaders the assignments, visits, issues and coverage
 * of their region; an enterprise user only its own issues (liaison:self), never another's.
 */
export function liaisonRegionScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['liaison:read'] });
}

/** The issues: the region for staff and leaders, the own enterprise's for an enterprise user. */
export function liaisonIssueScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['liaison:read'], own: ['liaison:self'] });
}

/** Tables called `a` (assignment), `v` (visit), `i` (issue). */
export const ASSIGNMENT_COLUMNS = { region: 'a.region_code', enterprise: 'a.enterprise_id' } as const;
export const VISIT_COLUMNS = { region: 'v.region_code', enterprise: 'v.enterprise_id' } as const;
export const ISSUE_COLUMNS = { region: 'i.region_code', enterprise: 'i.enterprise_id' } as const;

export function assertCanRead(
  scope: RowScope,
  row: { region_code: string; enterprise_id: number },
  what: string,
): void {
  assertInScope(scope, row, what);
}

/** Assigning, recording a visit, handling an issue: liaison:write, and the enterprise in the user's region. */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'liaison:write')) throw forbidden();
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `企业所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** Who moves an issue: the bureau (liaison:write, in its region) or the enterprise it belongs to (liaison:self). */
export function issueActorOf(
  auth: AuthContext,
  row: { region_code: string; enterprise_id: number },
): LiaisonIssueActor {
  if (holds(auth, 'liaison:write') && inScope(auth.scopePrefix, row.region_code)) return 'staff';
  if (holds(auth, 'liaison:self') && auth.enterpriseId === row.enterprise_id) return 'enterprise';
  assertInScope(liaisonIssueScope(auth), row, '该企业诉求');
  throw forbidden('您只能查看该企业诉求');
}

/** The signed-in user as a cadre (for 我的 lists and coverage): staff and leaders of the bureau. */
export function isCadre(auth: AuthContext): boolean {
  return holds(auth, 'liaison:read');
}

/** An enterprise user who confirms its own answered issues (我的待办). */
export const confirmsOwnIssues = (auth: AuthContext): boolean => holds(auth, 'liaison:self') && !!auth.enterpriseId;
/** A cadre of the bureau who follows issues (我的待办: the overdue ones). */
export const handlesIssues = (auth: AuthContext): boolean => holds(auth, 'liaison:write');
