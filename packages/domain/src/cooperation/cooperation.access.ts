import { defineModuleAccess } from '../platform/module-access';

/** The 院地院企合作 module's permissions, default grants and menu group. */
export const COOPERATION_ACCESS = defineModuleAccess({
  permissions: {
    'cooperation:read': '院地院企合作查询（管辖区划内）',
    'cooperation:write': '院地院企合作维护',
    'cooperation:import': '院地院企合作 Excel 导入',
  },
  grants: {
    staff: ['cooperation:read', 'cooperation:write', 'cooperation:import'],
    leader: ['cooperation:read'],
  },
  menu: {
    key: 'cooperation',
    path: '/cooperation',
    label: '院地院企合作',
    labelEn: 'Cooperation',
    children: [
      {
        key: 'cooperation-records',
        path: '/cooperation/records',
        label: '院地院企合作列表',
        labelEn: 'Cooperation register',
        permission: 'cooperation:read',
      },
    ],
  },
});
