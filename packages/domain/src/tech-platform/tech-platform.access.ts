import { defineModuleAccess } from '../platform/module-access';

/** The 创新平台 module's permissions, default grants and menu group. */
export const TECH_PLATFORM_ACCESS = defineModuleAccess({
  permissions: {
    'tech-platform:read': '创新平台查询（管辖区划内）',
    'tech-platform:write': '创新平台维护',
    'tech-platform:import': '创新平台 Excel 导入',
  },
  grants: {
    staff: ['tech-platform:read', 'tech-platform:write', 'tech-platform:import'],
    leader: ['tech-platform:read'],
  },
  menu: {
    key: 'tech-platform',
    path: '/tech-platform',
    label: '创新平台',
    labelEn: 'Innovation platforms',
    children: [
      {
        key: 'tech-platform-records',
        path: '/tech-platform/records',
        label: '创新平台列表',
        labelEn: 'Innovation platforms register',
        permission: 'tech-platform:read',
      },
    ],
  },
});
