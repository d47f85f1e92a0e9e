import { defineModuleAccess } from '../platform/module-access';

/** The 奖励与赛事 module's permissions, default grants and menu group. */
export const AWARD_ACCESS = defineModuleAccess({
  permissions: {
    'award:read': '奖励与赛事查询（管辖区划内）',
    'award:write': '奖励与赛事维护',
    'award:import': '奖励与赛事 Excel 导入',
  },
  grants: {
    staff: ['award:read', 'award:write', 'award:import'],
    leader: ['award:read'],
  },
  menu: {
    key: 'award',
    path: '/award',
    label: '奖励与赛事',
    labelEn: 'Awards and competitions',
    children: [
      {
        key: 'award-records',
        path: '/award/records',
        label: '奖励与赛事列表',
        labelEn: 'Awards and competitions register',
        permission: 'award:read',
      },
    ],
  },
});
