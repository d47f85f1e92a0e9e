import { ADMIN_ROLES, type RoleCode } from '@kechuang/domain';

/**
 * Whether an account must set up two-step verification before anything else: an administrator (系统管理员、
 * 安全管理员、审计管理员) without it while the security policy requires it.
 */
export function mustEnrolTotp(
  s: { roles: readonly string[]; totpEnrolled: boolean },
  policy: { totpRequiredForAdmins: boolean },
): boolean {
  return policy.totpRequiredForAdmins && !s.totpEnrolled && s.roles.some((r) => ADMIN_ROLES.includes(r as RoleCode));
}
