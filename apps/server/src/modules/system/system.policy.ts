import { assertInScope, holds, type RowScope } from '../../platform/auth/row-scope';
import { forbidden } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** The administrators reach the accounts, sessions and regions of their own region (by prefix). */
export function adminScope(auth: AuthContext): Extract<RowScope, { kind: 'region' }> {
  return { kind: 'region', prefix: auth.scopePrefix };
}

/** Refuses an account, session or region outside the administrator's region. */
export function assertInAdminScope(auth: AuthContext, regionCode: string): void {
  assertInScope(adminScope(auth), { region_code: regionCode }, '该数据');
}

/** Whose jobs a list shows: the user's own, or (the system admin asking for all) every job of the region. */
export type JobScope = { kind: 'region'; prefix: string } | { kind: 'mine'; userId: number };

/** Every user lists their own jobs; the system admin, asking for all, the region's and those without a region. */
export function jobListScope(auth: AuthContext, all: boolean | undefined): JobScope {
  return all && holds(auth, 'system:job:list')
    ? { kind: 'region', prefix: auth.scopePrefix }
    : { kind: 'mine', userId: auth.userId };
}

/** A job's progress and result are for the user who submitted it, and for the system admin. */
export function assertCanReadJob(auth: AuthContext, job: { created_by: number | null }): void {
  if (job.created_by !== auth.userId && !holds(auth, 'system:job:list')) throw forbidden('只能查看本人提交的任务');
}
