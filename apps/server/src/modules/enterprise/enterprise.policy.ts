import { assertInScope, holds, rowScope, type RowScope } from '../../platform/auth/row-scope';
import { inScope } from '../../platform/auth/region-scope';
import { ENTERPRISE_FIELD_LABELS, ENTERPRISE_SELF_FIELDS, type TEnterpriseInput } from '@kechuang/domain';
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

/**
 * An edit of an enterprise, decided on the row as it was: staff's must be readable and left (or moved) inside
 * the region; an enterprise user's must be its own record (the fields were checked by assertMayEditFields).
 */
export function assertCanUpdate(auth: AuthContext, before: { id: number; region_code: string }, regionCode?: string) {
  assertCanRead(enterpriseScope(auth), before);
  if (holds(auth, 'enterprise:write')) assertCanWrite(auth, regionCode ?? before.region_code);
}

/**
 * Who edits which fields, before anything is read: staff (enterprise:write) every field, an enterprise user
 * (enterprise:self) only its own record (another's: 403) and in it only its own fields (ENTERPRISE_SELF_FIELDS) —
 * a staff field is a 400 naming it, nothing written.
 * Returns whether the edit is the enterprise's own.
 */
export function assertMayEditFields(
  auth: AuthContext,
  id: number,
  patch: Partial<TEnterpriseInput>,
): { bySelf: boolean } {
  if (holds(auth, 'enterprise:write')) return { bySelf: false };
  if (!holds(auth, 'enterprise:self') || !auth.enterpriseId) throw forbidden();
  if (auth.enterpriseId !== id) throw new AppError('OUT_OF_SCOPE', '只能修改本单位的企业信息');
  const own: readonly string[] = ENTERPRISE_SELF_FIELDS;
  const refused = (Object.keys(patch) as (keyof TEnterpriseInput)[]).filter(
    (k) => patch[k] !== undefined && !own.includes(k),
  );
  if (refused.length) {
    const names = refused.map((k) => ENTERPRISE_FIELD_LABELS[k] ?? k).join('、');
    throw new AppError(
      'VALIDATION_FAILED',
      `${names}由县科技局维护，企业不能修改；如有变化请联系业务人员`,
      refused.map((field) => ({ field, message: `${ENTERPRISE_FIELD_LABELS[field] ?? field}由县科技局维护` })),
    );
  }
  return { bySelf: true };
}

/** Yearly figures: staff (enterprise:write) of any enterprise in their region, an enterprise user its own. */
export function assertCanEditYearly(auth: AuthContext, e: { id: number; region_code: string }): void {
  if (holds(auth, 'enterprise:write')) {
    assertCanWrite(auth, e.region_code);
    return;
  }
  if (!holds(auth, 'enterprise:self')) throw forbidden();
  assertCanRead(enterpriseScope(auth), e);
}

/** The calculators are for staff and for enterprise users (on their own figures). */
export function assertCanAssess(auth: AuthContext): void {
  if (!holds(auth, 'enterprise:read', 'enterprise:self')) throw forbidden();
}

/** Who sees which 公示 drafts: those who manage notices, in their region. */
export function noticeScope(auth: AuthContext): RowScope {
  return rowScope(auth, { region: ['notice:manage'] });
}

/** The enterprise whose own to-dos and records an enterprise user keeps (null for everyone else). */
export function ownEnterpriseOf(auth: AuthContext): number | null {
  return holds(auth, 'enterprise:self') && !holds(auth, 'enterprise:read') ? auth.enterpriseId : null;
}
