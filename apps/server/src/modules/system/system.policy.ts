import { ADMIN_ROLES, PERMISSION_LABELS, type PermissionKey, type RoleCode } from '@kechuang/domain';
import { assertInScope, holds, type RowScope } from '../../platform/auth/row-scope';
import { AppError, forbidden } from '../../platform/errors';
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

type JobFacts = { type: string; created_by: number | null; region_code: string | null };

/**
 * The business permission a job's result needs, by the kit's naming: '<module>.import' → '<module>:import', any
 * other '<module>.<work>' → '<module>:read'; null for a type that names no module permission.
 */
function jobPermission(type: string): PermissionKey | null {
  const [module, work] = type.split('.');
  const key = `${module}:${work === 'import' ? 'import' : 'read'}`;
  return key in PERMISSION_LABELS ? (key as PermissionKey) : null;
}

/**
 * A job's result (imported rows, refusals naming enterprises) is business data: for the user who submitted it, and
 * for users holding the job's business permission over its region — not for the system admin, who manages jobs.
 */
export function mayReadJobResult(auth: AuthContext, job: JobFacts): boolean {
  if (job.created_by === auth.userId) return true;
  const permission = jobPermission(job.type);
  return (
    permission !== null &&
    holds(auth, permission) &&
    job.region_code !== null &&
    job.region_code.startsWith(auth.scopePrefix)
  );
}

/** A job is seen by whoever may read its result, and (without the result) by the system admin. */
export function assertCanReadJob(auth: AuthContext, job: JobFacts): void {
  if (!mayReadJobResult(auth, job) && !holds(auth, 'system:job:list')) throw forbidden('只能查看本人提交的任务');
}

/** Whether an account holds one of the three administrator roles (系统、安全、审计管理员). */
export function isAdminAccount(roles: readonly string[]): boolean {
  return roles.some((r) => ADMIN_ROLES.includes(r as RoleCode));
}

/**
 * An administrator's password is never set directly by another administrator (issue 20): that would let the system
 * admin take over the auditor's account. It goes through a request and a second administrator's approval.
 */
export function assertDirectResetAllowed(target: { roles: readonly string[] }): void {
  if (isAdminAccount(target.roles)) {
    throw new AppError(
      'CONFLICT',
      '管理员账号的密码不能直接重置：请提交重置申请，须由另一名管理员审批后发放一次性密码',
    );
  }
}

/** Who may list the pending resets: whoever may ask for one, and whoever may approve one. */
export function assertMaySeeAdminResets(auth: AuthContext): void {
  if (!holds(auth, 'system:user:reset-password', 'security:user:reset-approve')) throw forbidden();
}

/**
 * The second person of an administrator's reset: an administrator who neither asked for it nor is its target
 * (the one who decides sees the one-time password, so neither of the others may).
 */
export function assertMayDecideAdminReset(
  auth: AuthContext,
  request: { requested_by: number; target_user_id: number },
): void {
  if (!isAdminAccount(auth.roles)) throw forbidden('只有管理员可以审批管理员账号的密码重置');
  if (auth.userId === request.requested_by) throw forbidden('不能审批本人提交的重置申请，须由另一名管理员审批');
  if (auth.userId === request.target_user_id) throw forbidden('不能审批重置本人密码的申请，须由另一名管理员审批');
}
