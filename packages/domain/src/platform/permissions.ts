import type { RoleCode } from './roles';

/**
 * Permission keys in RuoYi's `module:resource:action` form. Every server route declares one;
 * a route without a permission is refused at registration (deny by default).
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
  jobList: 'system:job:list',
  securityPolicy: 'security:policy:manage',
  sessionList: 'security:session:list',
  sessionRevoke: 'security:session:revoke',
  userUnlock: 'security:user:unlock',
  auditRead: 'audit:log:read',
  auditVerify: 'audit:log:verify',
  loginLogRead: 'audit:login-log:read',
  dashboardView: 'dashboard:view',
  enterpriseRead: 'enterprise:read',
  enterpriseWrite: 'enterprise:write',
  enterpriseImport: 'enterprise:import',
  enterpriseSelf: 'enterprise:self',
  qualificationWrite: 'qualification:write',
  noticeManage: 'notice:manage',
} as const;
export type PermissionKey = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const PERMISSION_LABELS: Record<PermissionKey, string> = {
  'system:user:list': '用户查询',
  'system:user:create': '用户新增',
  'system:user:update': '用户修改/停用',
  'system:user:reset-password': '重置密码',
  'system:role:list': '角色查询',
  'security:role:grant': '角色授权',
  'system:dict:manage': '字典管理',
  'system:param:manage': '参数管理',
  'system:region:manage': '区划管理',
  'system:job:list': '任务管理',
  'security:policy:manage': '安全策略',
  'security:session:list': '在线用户',
  'security:session:revoke': '强制下线',
  'security:user:unlock': '账号解锁',
  'audit:log:read': '操作日志查询',
  'audit:log:verify': '审计链校验',
  'audit:login-log:read': '登录日志查询',
  'dashboard:view': '首页看板',
  'enterprise:read': '企业名录查询（管辖区划内）',
  'enterprise:write': '企业信息维护',
  'enterprise:import': '企业 Excel 导入',
  'enterprise:self': '本企业信息与自评（企业用户）',
  'qualification:write': '资质与培育管理',
  'notice:manage': '公示管理',
};

/** Default grants; the security admin may change them per role (stored in the database). */
export const DEFAULT_ROLE_PERMISSIONS: Record<RoleCode, PermissionKey[]> = {
  sysadmin: [
    'system:user:list',
    'system:user:create',
    'system:user:update',
    'system:user:reset-password',
    'system:role:list',
    'system:dict:manage',
    'system:param:manage',
    'system:region:manage',
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
  ],
  auditor: ['audit:log:read', 'audit:log:verify', 'audit:login-log:read'],
  staff: ['dashboard:view', 'enterprise:read', 'enterprise:write', 'enterprise:import', 'qualification:write', 'notice:manage'],
  leader: ['dashboard:view', 'enterprise:read'],
  enterprise: ['enterprise:self'],
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
