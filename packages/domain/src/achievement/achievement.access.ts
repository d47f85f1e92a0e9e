import { defineModuleAccess } from '../platform/module-access';

/** The 科技成果登记 module's permissions, default grants and menu group. */
export const ACHIEVEMENT_ACCESS = defineModuleAccess({
  permissions: {
    'achievement:read': '科技成果登记查询（管辖区划内）',
    'achievement:write': '科技成果登记受理、审核、登记与代企业填报',
    'achievement:import': '历史科技成果登记 Excel 导入',
    'achievement:self': '本单位科技成果登记（企业用户）',
  },
  grants: {
    staff: ['achievement:read', 'achievement:write', 'achievement:import'],
    leader: ['achievement:read'],
    enterprise: ['achievement:self'],
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
        label: '成果登记列表',
        labelEn: 'Registrations',
        permission: 'achievement:read',
      },
      {
        key: 'achievement-mine',
        path: '/achievement/mine',
        label: '我的成果登记',
        labelEn: 'My registrations',
        permission: 'achievement:self',
      },
    ],
  },
  audit: {
    subjects: { achievement: '科技成果登记', 'achievement.file': '成果登记附件' },
    objects: { achievement: '科技成果登记', achievement_file: '成果登记附件' },
  },
});
