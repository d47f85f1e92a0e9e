import type { PermissionKey } from './permissions';

/** One entry of the left menu; shown when the user holds `permission` (or always when it is absent). */
export interface MenuItem {
  key: string;
  path: string;
  label: string;
  labelEn: string;
  permission?: PermissionKey;
  children?: MenuItem[];
}

/** The menu tree; the server filters it per user and the web only renders what it gets. */
export const MENU: MenuItem[] = [
  { key: 'home', path: '/home', label: '首页', labelEn: 'Home' },
  {
    key: 'enterprise',
    path: '/enterprise',
    label: '企业培育',
    labelEn: 'Enterprises',
    children: [
      {
        key: 'enterprise-list',
        path: '/enterprise/list',
        label: '企业名录',
        labelEn: 'Register',
        permission: 'enterprise:read',
      },
      {
        key: 'enterprise-pool',
        path: '/enterprise/pool',
        label: '培育库',
        labelEn: 'Cultivation pool',
        permission: 'enterprise:read',
      },
      {
        key: 'qualification',
        path: '/enterprise/qualifications',
        label: '资质管理',
        labelEn: 'Qualifications',
        permission: 'enterprise:read',
      },
      {
        key: 'deadlines',
        path: '/enterprise/deadlines',
        label: '到期提醒',
        labelEn: 'Deadlines',
        permission: 'enterprise:read',
      },
      {
        key: 'notice',
        path: '/enterprise/notices',
        label: '公示管理',
        labelEn: 'Public notices',
        permission: 'notice:manage',
      },
      {
        key: 'enterprise-mine',
        path: '/enterprise/mine',
        label: '我的企业',
        labelEn: 'My enterprise',
        permission: 'enterprise:self',
      },
      {
        key: 'self-assessment',
        path: '/enterprise/self-assessment',
        label: '自评测算',
        labelEn: 'Self-assessment',
        permission: 'enterprise:self',
      },
    ],
  },
  {
    key: 'project',
    path: '/project',
    label: '项目管理',
    labelEn: 'Projects',
    children: [
      { key: 'project-calls', path: '/project/calls', label: '项目批次', labelEn: 'Calls', permission: 'project:read' },
      {
        key: 'project-reserve',
        path: '/project/reserve',
        label: '储备库',
        labelEn: 'Reserve',
        permission: 'project:read',
      },
      {
        key: 'project-applications',
        path: '/project/applications',
        label: '项目申报',
        labelEn: 'Applications',
        permission: 'project:read',
      },
      {
        key: 'project-experts',
        path: '/project/experts',
        label: '专家库',
        labelEn: 'Experts',
        permission: 'expert:manage',
      },
      {
        key: 'project-reviews',
        path: '/project/reviews',
        label: '我的评审',
        labelEn: 'My reviews',
        permission: 'project:review',
      },
      {
        key: 'project-deadlines',
        path: '/project/deadlines',
        label: '项目期限',
        labelEn: 'Deadlines',
        permission: 'project:read',
      },
      {
        key: 'project-funding',
        path: '/project/funding',
        label: '资金台账',
        labelEn: 'Funding ledger',
        permission: 'funding:read',
      },
      {
        key: 'project-mine',
        path: '/project/mine',
        label: '我的申报',
        labelEn: 'My applications',
        permission: 'project:apply',
      },
    ],
  },
  {
    key: 'rd',
    path: '/rd',
    label: '研发经费',
    labelEn: 'R&D expenditure',
    children: [
      {
        key: 'rd-tasks',
        path: '/rd/tasks',
        label: '填报任务',
        labelEn: 'Collection tasks',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-review',
        path: '/rd/review',
        label: '审核与核查',
        labelEn: 'Review and checks',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-check-rules',
        path: '/rd/check-rules',
        label: '核查规则',
        labelEn: 'Check rules',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-summary',
        path: '/rd/summary',
        label: '汇总与强度',
        labelEn: 'Totals and intensity',
        permission: 'rd:summary:view',
      },
      { key: 'rd-mine', path: '/rd/mine', label: '我的填报', labelEn: 'My reports', permission: 'rd:report:self' },
    ],
  },
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
];

/** Filters the menu to what a set of permissions allows; empty groups are dropped. */
export function menuFor(permissions: ReadonlySet<string>, items: MenuItem[] = MENU): MenuItem[] {
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
