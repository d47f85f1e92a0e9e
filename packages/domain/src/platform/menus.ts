/** One entry of the left menu; shown when the user holds `permission` (or always when it is absent). */
export interface MenuItem<K extends string = string> {
  key: string;
  path: string;
  label: string;
  labelEn: string;
  permission?: K;
  children?: MenuItem<K>[];
}

/** The platform's menu: 首页 first, then (after the modules' groups) system, security and audit administration. */
export const PLATFORM_MENU = {
  head: [
    { key: 'home', path: '/home', label: '首页', labelEn: 'Home' },
    // Every signed-in user's own to-dos, gathered from the modules (GET /me/todos).
    { key: 'todos', path: '/me/todos', label: '我的待办', labelEn: 'My to-dos' },
  ] as MenuItem[],
  tail: [
    {
      key: 'system',
      path: '/system',
      label: '系统管理',
      labelEn: 'System',
      children: [
        { key: 'user', path: '/system/user', label: '用户管理', labelEn: 'Users', permission: 'system:user:list' },
        { key: 'role', path: '/system/role', label: '角色管理', labelEn: 'Roles', permission: 'system:role:list' },
        {
          key: 'dict',
          path: '/system/dict',
          label: '字典管理',
          labelEn: 'Dictionaries',
          permission: 'system:dict:manage',
        },
        {
          key: 'param',
          path: '/system/param',
          label: '参数设置',
          labelEn: 'Parameters',
          permission: 'system:param:manage',
        },
        {
          key: 'region',
          path: '/system/region',
          label: '区划管理',
          labelEn: 'Regions',
          permission: 'system:region:manage',
        },
        {
          key: 'holiday',
          path: '/system/holiday',
          label: '节假日安排',
          labelEn: 'Public holidays',
          permission: 'system:holiday:manage',
        },
        { key: 'job', path: '/system/job', label: '任务中心', labelEn: 'Jobs', permission: 'system:job:list' },
      ],
    },
    {
      key: 'security',
      path: '/security',
      label: '安全管理',
      labelEn: 'Security',
      children: [
        {
          key: 'policy',
          path: '/security/policy',
          label: '安全策略',
          labelEn: 'Security policy',
          permission: 'security:policy:manage',
        },
        {
          key: 'online',
          path: '/security/online',
          label: '在线用户',
          labelEn: 'Online users',
          permission: 'security:session:list',
        },
        {
          key: 'admin-reset',
          path: '/security/admin-reset',
          label: '管理员密码重置审批',
          labelEn: 'Admin password resets',
          permission: 'security:user:reset-approve',
        },
      ],
    },
    {
      key: 'audit',
      path: '/audit',
      label: '审计管理',
      labelEn: 'Audit',
      children: [
        { key: 'oplog', path: '/audit/log', label: '操作日志', labelEn: 'Audit trail', permission: 'audit:log:read' },
        {
          key: 'loginlog',
          path: '/audit/login-log',
          label: '登录日志',
          labelEn: 'Sign-in log',
          permission: 'audit:login-log:read',
        },
      ],
    },
  ] as MenuItem[],
};

/** Filters the menu to what a set of permissions allows; empty groups are dropped. */
export function menuFor(permissions: ReadonlySet<string>, items: readonly MenuItem[]): MenuItem[] {
  const out: MenuItem[] = [];
  for (const item of items) {
    if (item.permission && !permissions.has(item.permission)) continue;
    if (item.children) {
      const children = menuFor(permissions, item.children);
      if (children.length > 0) out.push({ ...item, children });
      continue;
    }
    out.push(item);
  }
  return out;
}
