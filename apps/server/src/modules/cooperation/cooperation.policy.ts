import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * Who reads agreements and projects: staff and leaders those of their region (by region-code prefix), an
 * enterprise user those its enterprise signed (`cooperation:self`); anyone else is refused (403).
 */
export function cooperationScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['cooperation:read'], own: ['cooperation:self'] });
}

/** Partners are the bureau's register: read by region only. */
export function partnerScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['cooperation:read'] });
}

/** The scoped columns of each table as the repositories alias it. */
export const PARTNER_COLUMNS = { region: 'c.region_code' } as const;
export const AGREEMENT_COLUMNS = { region: 'a.region_code', enterprise: 'a.enterprise_id' } as const;
export const PROJECT_COLUMNS = { region: 'p.region_code', enterprise: 'p.enterprise_id' } as const;

/** Refuses reading a record outside the scope (another county, another enterprise). */
export function assertCanRead(
  scope: RowScope,
  row: { region_code: string; enterprise_id?: number | null },
  what: string,
): void {
  assertInScope(scope, row, what);
}

/** Refuses writing into a region outside the user's (the route already required cooperation:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'cooperation:write')) throw forbidden();
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** An edit or a state move, decided on the row as it was: readable, and left (or moved) inside the user's region. */
export function assertCanUpdate(
  auth: AuthContext,
  before: { region_code: string; enterprise_id?: number | null },
  what: string,
  regionCode?: string,
): void {
  assertCanRead(cooperationScope(auth), before, what);
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/**
 * Reporting a project's milestones and outputs: the region's staff, or the enterprise's own user on its own
 * project. Answers who reported, for the audit row.
 */
export function assertCanReport(
  auth: AuthContext,
  project: { region_code: string; enterprise_id: number },
): { byEnterprise: boolean } {
  const scope = cooperationScope(auth);
  assertCanRead(scope, project, '该合作项目');
  if (scope.kind === 'own') return { byEnterprise: true };
  assertCanWrite(auth, project.region_code);
  return { byEnterprise: false };
}
