import { defineModuleAccess } from '../platform/module-access';

/** The 科技成果登记 module's permissions, default grants and menu group. */
export const ACHIEVEMENT_ACCESS = defineModuleAccess({
  permissions: {
    'achievement:read': '科技成果登记查询（管辖区划内）',
    'achievement:write': '科技成果登记维护',
    'achievement:import': '科技成果登记 Excel 导入',
  },
  grants: {
    staff: ['achievement:read', 'achievement:write', 'achievement:import'],
    leader: ['achievement:read'],
  },
  menu: {
    key: 'achievement',
    path: '/achievement',
    label: '科技成果登记',
    labelEn: 'Achievement registration',
    children: [
      {
        key: 'achievement-records',
        path: '/achievement/records',
        label: '科技成果登记列表',
        labelEn: 'Achievement registration register',
        permission: 'achievement:read',
      },
    ],
  },
});
