import { assertInScope, holds, isInScope, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** A scope of staff and leaders: the rows of a region, by prefix. */
export type RdRegionScope = Extract<RowScope, { kind: 'region' }>;

/**
 * Who reads which R&D data: staff and leaders a region (by prefix), an enterprise user its own unit's forms.
 * Experts, commissioners and enterprise users without a linked enterprise are refused (403).
 */
export function rdScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['rd:task:manage', 'rd:summary:view'], own: ['rd:report:self'] });
}

/** Staff-level scope only (task lists, review, totals, settings): enterprise users are refused. */
export function rdStaffScope(auth: AuthContext): RdRegionScope {
  const scope = rdScope(auth);
  if (scope.kind !== 'region') throw forbidden('企业用户只能查看本单位的填报');
  return scope;
}

/** The region prefix of the staff-level scope. */
export function rdRegionScope(auth: AuthContext): string {
  return rdStaffScope(auth).prefix;
}

/** Refuses a task outside the user's region. */
export function assertTaskInScope(prefix: string, task: { region_code: string }): void {
  assertInScope({ kind: 'region', prefix }, task, '该数据');
}

/** Refuses reading a unit's form outside the scope (another county, or another enterprise). */
export function assertUnitReadable(scope: RowScope, unit: { enterprise_id: number; region_code: string }): void {
  if (!isInScope(scope, unit)) throw outOfScope();
}

/** Filling in a form (save, submit) is for staff who manage tasks and for enterprise users. */
export function assertMayFill(auth: AuthContext): void {
  if (!holds(auth, 'rd:task:manage', 'rd:report:self')) throw forbidden();
}

/** Who may change a unit's form: staff in its region (on its behalf), or the unit's own enterprise user. Returns whether it is staff. */
export function assertUnitWritable(
  auth: AuthContext,
  unit: { enterprise_id: number; region_code: string },
): { byStaff: boolean } {
  if (holds(auth, 'rd:task:manage')) {
    assertInScope({ kind: 'region', prefix: auth.scopePrefix }, unit, '该数据');
    return { byStaff: true };
  }
  if (holds(auth, 'rd:report:self') && auth.enterpriseId === unit.enterprise_id) return { byStaff: false };
  if (holds(auth, 'rd:report:self')) throw new AppError('OUT_OF_SCOPE', '只能填报本单位的研发经费');
  throw forbidden();
}

/** Whose R&D to-dos a user has: staff (rd:task:manage) review their region's forms, an enterprise user fills its own. */
export function rdTodoRole(
  auth: AuthContext,
): { kind: 'staff'; prefix: string } | { kind: 'enterprise'; enterpriseId: number } | { kind: 'none' } {
  if (holds(auth, 'rd:task:manage')) return { kind: 'staff', prefix: auth.scopePrefix };
  if (holds(auth, 'rd:report:self') && auth.enterpriseId) {
    return { kind: 'enterprise', enterpriseId: auth.enterpriseId };
  }
  return { kind: 'none' };
}
