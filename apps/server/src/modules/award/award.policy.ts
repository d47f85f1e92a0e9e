import { inScope } from '../../platform/auth/region-scope';
import { assertInScope, rowScope, type RowScope, type ScopedRow } from '../../platform/auth/row-scope';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * Who reads which award records: staff and leaders those of their region (award:read), an enterprise user the
 * nominations and entries of its own enterprise (award:self). Anyone else is refused (403).
 */
export function awardScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['award:read'], own: ['award:self'] });
}

/** Programmes and competitions are the bureau's: scoped by region only (an enterprise user sees none). */
export const PROGRAMME_COLUMNS = { region: 'p.region_code' } as const;
export const COMPETITION_COLUMNS = { region: 'c.region_code' } as const;
/** Nominations and entries: by region, and by the enterprise named (an enterprise user's own). */
export const NOMINATION_COLUMNS = { region: 'n.region_code', enterprise: 'n.enterprise_id' } as const;
export const ENTRY_COLUMNS = { region: 'e.region_code', enterprise: 'e.enterprise_id' } as const;

/** Refuses reading a record outside the scope (another county, another enterprise). */
export function assertCanRead(auth: AuthContext, row: ScopedRow, what: string): void {
  assertInScope(awardScope(auth), row, what);
}

/** Refuses writing into a region outside the user's (the route already required award:write). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** An edit or a move, decided on the row as it was: readable, and left (or moved) inside the user's region. */
export function assertCanUpdate(
  auth: AuthContext,
  before: { region_code: string },
  what: string,
  regionCode?: string,
): void {
  assertCanRead(auth, before, what);
  assertCanWrite(auth, regionCode ?? before.region_code);
}
