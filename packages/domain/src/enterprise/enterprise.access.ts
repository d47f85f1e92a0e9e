import { defineModuleAccess } from '../platform/module-access';

/** The enterprise module's permissions, default grants and menu group. */
export const ENTERPRISE_ACCESS = defineModuleAccess({
  permissions: {
    'enterprise:read': '企业名录查询（管辖区划内）',
    'enterprise:write': '企业信息维护',
    'enterprise:import': '企业 Excel 导入',
    'enterprise:self': '本企业信息与自评（企业用户）',
    'qualification:write': '资质与培育管理',
    'notice:manage': '公示管理',
  },
  grants: {
    staff: ['enterprise:read', 'enterprise:write', 'enterprise:import', 'qualification:write', 'notice:manage'],
    leader: ['enterprise:read'],
    enterprise: ['enterprise:self'],
  },
  menu: {
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
  audit: {
    subjects: { enterprise: '企业', qualification: '资质记录', notice: '公示' },
    objects: {
      enterprise: '企业',
      enterprise_yearly: '企业年度数据',
      qualification: '资质记录',
      public_notice: '公示',
    },
    actions: {
      'enterprise.view-phone': '查看企业联系电话',
      'enterprise.self-update': '企业更新本企业信息',
      'enterprise.yearly-save': '保存企业年度数据',
    },
  },
});
