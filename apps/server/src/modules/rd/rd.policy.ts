import { inScope } from '../../platform/auth/region-scope';
import { AppError, forbidden, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** What R&D data a user may read: a region prefix (staff, leaders) or one unit's own forms (its enterprise user). */
export type RdScope = { kind: 'region'; prefix: string } | { kind: 'own'; enterpriseId: number };

/** The read scope of a signed-in user; experts, commissioners and unlinked enterprise users get 403. */
export function rdScope(auth: AuthContext): RdScope {
  if (auth.permissions.has('rd:task:manage') || auth.permissions.has('rd:summary:view')) {
    return { kind: 'region', prefix: auth.scopePrefix };
  }
  if (auth.permissions.has('rd:report:self') && auth.enterpriseId) {
    return { kind: 'own', enterpriseId: auth.enterpriseId };
  }
  throw forbidden();
}

/** Staff-level scope only (task lists, review, totals): enterprise users are refused. */
export function rdRegionScope(auth: AuthContext): string {
  const scope = rdScope(auth);
  if (scope.kind !== 'region') throw forbidden('企业用户只能查看本单位的填报');
  return scope.prefix;
}

/** Refuses a task outside the user's region. */
export function assertTaskInScope(prefix: string, task: { region_code: string }): void {
  if (!inScope(prefix, task.region_code)) throw outOfScope();
}

/** Refuses reading a unit's form outside the scope (another county, or another enterprise). */
export function assertUnitReadable(scope: RdScope, unit: { enterprise_id: number; region_code: string }): void {
  const ok =
    scope.kind === 'region' ? inScope(scope.prefix, unit.region_code) : unit.enterprise_id === scope.enterpriseId;
  if (!ok) throw outOfScope();
}

/** Who may change a unit's form: staff in its region (on its behalf), or the unit's own enterprise user. Returns whether it is staff. */
export function assertUnitWritable(
  auth: AuthContext,
  unit: { enterprise_id: number; region_code: string },
): { byStaff: boolean } {
  if (auth.permissions.has('rd:task:manage')) {
    if (!inScope(auth.scopePrefix, unit.region_code)) throw outOfScope();
    return { byStaff: true };
  }
  if (auth.permissions.has('rd:report:self') && auth.enterpriseId === unit.enterprise_id) return { byStaff: false };
  if (auth.permissions.has('rd:report:self')) throw new AppError('OUT_OF_SCOPE', '只能填报本单位的研发经费');
  throw forbidden();
}
