import { sql, type Expression, type SqlBool } from 'kysely';
import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * Who reads which commissioners: staff and leaders those of their region (commissioner:read), a commissioner the
 * rows linked to their own login (commissioner:self, `assigned` by user_id).
 */
export function commissionerScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['commissioner:read'], assigned: ['commissioner:self'] });
}

/** The roster is scoped by its region and, for a commissioner, by its linked login; the table called `c`. */
export const COMMISSIONER_COLUMNS = {
  region: 'c.region_code',
  assigned: (userId: number): Expression<SqlBool> => sql<SqlBool>`(c.user_id = ${userId})`,
} as const;

type ScopedCommissioner = { region_code: string; user_id: number | null };

/** Refuses reading a commissioner outside the scope (another county, or not the commissioner's own row). */
export function assertCanRead(scope: RowScope, row: ScopedCommissioner): void {
  assertInScope(scope, { region_code: row.region_code, assignedTo: (u) => row.user_id === u }, '该科技特派员');
}

/** Refuses writing into a region outside the user's (the route already required commissioner:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** A change to a commissioner (edit, move, agreement), decided on the row as it was, left inside the user's region. */
export function assertCanChange(auth: AuthContext, before: ScopedCommissioner, regionCode?: string): void {
  assertCanRead(commissionerScope(auth), before);
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/** The full ID number and phone: the route required commissioner:reveal; the row must be in the user's region. */
export function assertCanReveal(auth: AuthContext, row: ScopedCommissioner): void {
  assertCanChange(auth, row);
}

/**
 * A change reached by a route that does not itself require commissioner:write (the attachments kit's routes):
 * staff of the row's region only.
 */
export function assertCanChangeFiles(auth: AuthContext, row: ScopedCommissioner): void {
  if (!holds(auth, 'commissioner:write')) throw forbidden();
  assertCanChange(auth, row);
}
