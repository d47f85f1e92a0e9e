/** Role codes (docs/rules.md §6.2). The three administrators are kept apart (三员分立). */
export const ROLE_CODES = [
  'sysadmin',
  'secadmin',
  'auditor',
  'staff',
  'leader',
  'enterprise',
  'commissioner',
  'expert',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

/** The three administrator roles: a user may hold at most one, and none with a business role. */
export const ADMIN_ROLES: readonly RoleCode[] = ['sysadmin', 'secadmin', 'auditor'];

export const ROLE_LABELS: Record<RoleCode, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  staff: '业务人员',
  leader: '局领导',
  enterprise: '企业用户',
  commissioner: '科技特派员',
  expert: '评审专家',
};

/** Roles that are tied to one enterprise (their data scope is that enterprise, not a region). */
export const ENTERPRISE_BOUND_ROLES: readonly RoleCode[] = ['enterprise'];

/** Checks the 三员分立 rule for a set of roles; returns a Chinese message when it is broken. */
export function checkRoleSeparation(roles: readonly RoleCode[]): string | null {
  const admins = roles.filter((r) => ADMIN_ROLES.includes(r));
  if (admins.length > 1) return '系统管理员、安全管理员、审计管理员三员分立，一个账号只能担任其中一种';
  if (admins.length === 1 && roles.length > 1) return '管理员账号不能同时担任业务角色';
  return null;
}
