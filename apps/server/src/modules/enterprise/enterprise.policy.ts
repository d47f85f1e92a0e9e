import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { inScope } from '../../platform/auth/region-scope';
import { AppError, forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/**
 * Who reads which part of the register: staff and leaders a region (by prefix), an enterprise user its own
 * enterprise. An enterprise user without a linked enterprise is refused (403).
 */
export function enterpriseScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['enterprise:read'], own: ['enterprise:self'] });
}

/** The register's rows are scoped by these columns (`scopeFilter`), the enterprise called `e`. */
export const ENTERPRISE_COLUMNS = { region: 'e.region_code', enterprise: 'e.id' } as const;
/** And qualification records, called `q`, by theirs. */
export const QUALIFICATION_COLUMNS = { region: 'q.region_code', enterprise: 'q.enterprise_id' } as const;

/** Refuses reading an enterprise outside the scope (another county, or another enterprise). */
export function assertCanRead(scope: RowScope, e: { id: number; region_code: string }): void {
  assertInScope(scope, { region_code: e.region_code, enterprise_id: e.id }, '该数据');
}

/** Refuses writing outside the user's region (the route already required the write permission). */
export function assertCanWrite(auth: AuthContext, regionCode: string): void {
  if (!inScope(auth.scopePrefix, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `所属县区 ${regionCode} 不在您的管辖范围内`);
  }
}

/** An edit of an enterprise, decided on the row as it was: readable, and left (or moved) inside the region. */
export function assertCanUpdate(auth: AuthContext, before: { id: number; region_code: string }, regionCode?: string) {
  assertCanRead(enterpriseScope(auth), before);
  assertCanWrite(auth, regionCode ?? before.region_code);
}

/** The calculators are for staff and for enterprise users (on their own figures). */
export function assertCanAssess(auth: AuthContext): void {
  if (!holds(auth, 'enterprise:read', 'enterprise:self')) throw forbidden();
}

/** Who sees which 公示 drafts: those who manage notices, in their region. */
export function noticeScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['notice:manage'] });
}
