import { inScope } from '../../platform/auth/region-scope';
import { AppError, forbidden, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** What part of the register a user may read: a region prefix (staff, leaders) or one enterprise (its own user). */
export type EnterpriseScope = { kind: 'region'; prefix: string } | { kind: 'own'; enterpriseId: number };

/** The read scope of a signed-in user; an enterprise user without a linked enterprise sees nothing. */
export function enterpriseScope(auth: AuthContext): EnterpriseScope {
  if (auth.permissions.has('enterprise:read')) return { kind: 'region', prefix: auth.scopePrefix };
  if (auth.permissions.has('enterprise:self') && auth.enterpriseId) {
    return { kind: 'own', enterpriseId: auth.enterpriseId };
  }
  throw forbidden();
}

/** Refuses reading a row outside the scope (another county, or another enterprise). */
export function assertCanRead(scope: EnterpriseScope, row: { id: number; region_code: string }): void {
  const ok = scope.kind === 'region' ? inScope(scope.prefix, row.region_code) : row.id === scope.enterpriseId;
  if (!ok) throw outOfScope();
}

/** Refuses writing outside the user's region (the route already required enterprise:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}
