import { inScope } from '../../platform/auth/region-scope';
import { holds, isInScope, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * Who reads which platforms: staff and leaders those of their region (by region-code prefix); an enterprise user
 * those its enterprise operates or is a member unit of (`tech-platform:self`, read only).
 */
export function techPlatformScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['tech-platform:read'], own: ['tech-platform:self'] });
}

/** A platform as the scope sees it: its region, its operator, and the enterprises among its member units. */
export interface ScopedPlatform {
  region_code: string;
  enterprise_id: number | null;
  memberEnterpriseIds: readonly number[];
}

/** Whether the enterprise of an `own` scope operates the platform or is one of its member units. */
export function isOwnPlatform(scope: RowScope, p: ScopedPlatform): boolean {
  if (scope.kind !== 'own') return false;
  return p.enterprise_id === scope.enterpriseId || p.memberEnterpriseIds.includes(scope.enterpriseId);
}

/** Refuses reading a platform outside the scope: another county (403), another enterprise's platform (403). */
export function assertCanRead(scope: RowScope, p: ScopedPlatform): void {
  if (scope.kind === 'own') {
    if (!isOwnPlatform(scope, p)) throw new AppError('OUT_OF_SCOPE', '只能查看本单位运营或参与的创新平台');
    return;
  }
  if (!isInScope(scope, p)) throw new AppError('OUT_OF_SCOPE', '该创新平台不在您的管辖范围内');
}

/** Refuses writing into a region outside the user's (the route already required tech-platform:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** A change of a platform (edit, move, incubatee, file), decided on the row as it was: in the user's region. */
export function assertCanChange(auth: AuthContext, before: { region_code: string }, regionCode?: string): void {
  if (!inScope(auth.scopePrefix, before.region_code)) {
    throw new AppError('OUT_OF_SCOPE', '该创新平台不在您的管辖范围内');
  }
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/** A platform's attachments change with `tech-platform:write`, in the user's region (the attachments routes are generic). */
export function assertCanChangeFiles(auth: AuthContext, p: { region_code: string }): void {
  if (!holds(auth, 'tech-platform:write')) throw forbidden();
  assertCanChange(auth, p);
}

/** An enterprise named on a platform (operator, member, incubatee) must be registered in the user's region. */
export function assertEnterpriseInRegion(
  auth: AuthContext,
  e: { name: string; region_code: string },
  field: string,
  what: string,
): void {
  if (inScope(auth.scopePrefix, e.region_code)) return;
  const message = `${what}：企业“${e.name}”不在您的管辖范围内`;
  throw new AppError('VALIDATION_FAILED', message, [{ field, message }]);
}
