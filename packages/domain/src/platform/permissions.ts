import type { RoleCode } from './roles';

/**
 * The platform's own permission keys, in RuoYi's `module:resource:action` form. Every server route declares one;
 * a route without a permission is refused at registration (deny by default). Each business module declares its own
 * keys in its `<module>.access.ts`; `access.ts` joins them.
 */
export const PERMISSIONS = {
  userList: 'system:user:list',
  userCreate: 'system:user:create',
  userUpdate: 'system:user:update',
  userResetPassword: 'system:user:reset-password',
  roleList: 'system:role:list',
  roleGrant: 'security:role:grant',
  dictManage: 'system:dict:manage',
  paramManage: 'system:param:manage',
  regionManage: 'system:region:manage',
  holidayManage: 'system:holiday:manage',
  jobList: 'system:job:list',
  securityPolicy: 'security:policy:manage',
  sessionList: 'security:session:list',
  sessionRevoke: 'security:session:revoke',
  userUnlock: 'security:user:unlock',
  userTotpReset: 'security:user:totp-reset',
  adminResetApprove: 'security:user:reset-approve',
  auditRead: 'audit:log:read',
  auditVerify: 'audit:log:verify',
  loginLogRead: 'audit:login-log:read',
  dashboardView: 'dashboard:view',
  /** A city's or province's user changing their counties' records (read-only without it; granted to nobody by default). */
  regionBelowWrite: 'region:below:write',
} as const;
export type PlatformPermissionKey = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const PLATFORM_PERMISSION_LABELS: Record<PlatformPermissionKey, string> = {
  'system:user:list': '用户查询',
  'system:user:create': '用户新增',
  'system:user:update': '用户修改/停用',
  'system:user:reset-password': '重置密码',
  'system:role:list': '角色查询',
  'security:role:grant': '角色授权',
  'system:dict:manage': '字典管理',
  'system:param:manage': '参数管理',
  'system:region:manage': '区划管理',
  'system:holiday:manage': '节假日安排（按国务院通知录入放假与调休）',
  'system:job:list': '任务管理',
  'security:policy:manage': '安全策略',
  'security:session:list': '在线用户',
  'security:session:revoke': '强制下线',
  'security:user:unlock': '账号解锁',
  'security:user:totp-reset': '重置两步验证',
  'security:user:reset-approve': '审批管理员账号的密码重置',
  'audit:log:read': '操作日志查询',
  'audit:log:verify': '审计链校验',
  'audit:login-log:read': '登录日志查询',
  'dashboard:view': '首页看板',
  'region:below:write': '修改下辖县区的业务记录（市、省级账号；未授予时只读）',
};

/** Default grants of the platform's permissions; the security admin may change them per role (in the database). */
export const PLATFORM_GRANTS: Record<RoleCode, PlatformPermissionKey[]> = {
  sysadmin: [
    'system:user:list',
    'system:user:create',
    'system:user:update',
    'system:user:reset-password',
    'system:role:list',
    'system:dict:manage',
    'system:param:manage',
    'system:region:manage',
    'system:holiday:manage',
    'system:job:list',
  ],
  secadmin: [
    'system:user:list',
    'system:role:list',
    'security:role:grant',
    'security:policy:manage',
    'security:session:list',
    'security:session:revoke',
    'security:user:unlock',
    'security:user:totp-reset',
    'security:user:reset-approve',
  ],
  // The auditor may approve too: with one security admin, a reset of that account still finds a second approver.
  auditor: ['audit:log:read', 'audit:log:verify', 'audit:login-log:read', 'security:user:reset-approve'],
  staff: ['dashboard:view'],
  leader: ['dashboard:view'],
  enterprise: [],
  commissioner: [],
  expert: [],
};

/** Permissions that only the administrator roles may ever hold, whatever the grants say. */
export const ADMIN_ONLY_PERMISSIONS: Record<string, RoleCode> = {
  'security:policy:manage': 'secadmin',
  'security:role:grant': 'secadmin',
  'audit:log:read': 'auditor',
  'audit:log:verify': 'auditor',
  'audit:login-log:read': 'auditor',
};

/** The permission prefixes of administration (system, security, audit): never a business role's. */
const ADMIN_PERMISSION_PREFIXES = ['system:', 'security:', 'audit:'];

/**
 * Checks a role's permissions against 三员分立 (docs/rules.md §6.2): an administrator role holds only permissions of
 * its own administrator set — no business permission, none of another administrator — and a business role holds
 * no administration permission. Answers the Chinese refusal, or null.
 */
export function checkRolePermissions(
  role: RoleCode,
  permissions: readonly string[],
  labels: Readonly<Record<string, string>>,
): string | null {
  const label = (p: string) => labels[p] ?? p;
  const own = (PLATFORM_GRANTS[role] ?? []) as readonly string[];
  const isAdminRole = ['sysadmin', 'secadmin', 'auditor'].includes(role);
  const foreign = isAdminRole
    ? permissions.filter((p) => !own.includes(p))
    : permissions.filter((p) => ADMIN_PERMISSION_PREFIXES.some((prefix) => p.startsWith(prefix)));
  if (!foreign.length) return null;
  const names = foreign.map(label).join('、');
  return isAdminRole
    ? `三员分立：管理员角色只能拥有本角色的管理权限，不能授予 ${names}`
    : `三员分立：业务角色不能拥有管理权限 ${names}`;
}
