import type { RowScope } from '../../../platform/auth/row-scope';
import { forbidden } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';

// Who sees and does what in 揭榜 (docs/rules.md §5.2): the demand's readers see its applications (phones masked) but
// experts assigned for 论证 do not; the choice is the enterprise's (its own demand) or staff's (actorOnDemand);
// applications, objections, the contract, reports and the acceptance are staff's of the region (assertDemandStaff).
export { actorOnDemand, assertDemandStaff } from '../tech-demand.policy';

/** Refuses the 揭榜 part of a demand to an expert who reads the demand only for 论证. */
export function assertSeesBids(scope: RowScope): void {
  if (scope.kind === 'assigned') throw forbidden('论证专家不能查看揭榜申请');
}

/** The signed-in user's region prefix for the staff to-dos, or null when they are not bureau staff. */
export function staffPrefix(auth: AuthContext): string | null {
  return auth.permissions.has('tech-demand:write') ? auth.scopePrefix : null;
}
