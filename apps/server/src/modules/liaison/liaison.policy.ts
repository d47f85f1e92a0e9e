import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** Who reads which 干部包企业 records: staff and leaders those of their region (by region-code prefix). */
export function liaisonScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['liaison:read'] });
}

/** The records are scoped by their region (`scopeFilter`), the table called `r`. */
export const LIAISON_COLUMNS = { region: 'r.region_code' } as const;

/** Refuses reading a record outside the scope (another county). */
export function assertCanRead(scope: RowScope, row: { region_code: string }): void {
  assertInScope(scope, row, '该干部包企业记录');
}

/** Refuses writing into a region outside the user's (the route already required liaison:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** An edit, decided on the row as it was: readable, and left (or moved) inside the user's region. */
export function assertCanUpdate(auth: AuthContext, before: { region_code: string }, regionCode?: string): void {
  assertCanRead(liaisonScope(auth), before);
  assertCanWrite(auth, regionCode ?? before.region_code);
}
