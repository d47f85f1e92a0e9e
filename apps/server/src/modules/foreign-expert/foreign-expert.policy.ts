import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** Who reads experts, visits and 引智基地: staff and leaders those of their region (by region-code prefix). */
export function foreignExpertScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['foreign-expert:read'] });
}

/** Experts and visits are scoped by their region (`scopeFilter`), the table called `r`. */
export const FOREIGN_EXPERT_COLUMNS = { region: 'r.region_code' } as const;

/** Refuses reading a record outside the scope (another county). */
export function assertCanRead(scope: RowScope, row: { region_code: string }, what = '该外国专家'): void {
  assertInScope(scope, row, what);
}

/** Refuses writing into a region outside the user's (the route already required foreign-expert:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** An edit, decided on the row as it was: readable, and left (or moved) inside the user's region. */
export function assertCanUpdate(auth: AuthContext, before: { region_code: string }, regionCode?: string): void {
  assertCanRead(foreignExpertScope(auth), before);
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/** The full passport number: staff holding foreign-expert:reveal, for an expert of their region. */
export function assertCanRevealPassport(auth: AuthContext, row: { region_code: string }): void {
  if (!holds(auth, 'foreign-expert:reveal')) throw forbidden('无权查看完整护照号码');
  assertCanRead(foreignExpertScope(auth), row);
}

/** Whether a record of another module (an enterprise, a 引智基地) lies in the user's region. */
export const isInUsersRegion = (auth: AuthContext, regionCode: string) => inScope(auth.scopePrefix, regionCode);

/** A visit's photos and materials: staff holding foreign-expert:write, for a visit of their region. */
export function assertCanChangeVisitFiles(auth: AuthContext, row: { region_code: string }): void {
  if (!holds(auth, 'foreign-expert:write')) throw forbidden();
  assertCanUpdate(auth, row);
}
