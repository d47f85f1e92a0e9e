import { defineModuleAccess } from '../platform/module-access';

/** The 科技特派员 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const COMMISSIONER_ACCESS = defineModuleAccess({
  permissions: {
    'commissioner:read': '科技特派员查询（管辖区划内）',
    'commissioner:write': '科技特派员维护',
    'commissioner:import': '科技特派员 Excel 导入',
  },
  grants: {
    staff: ['commissioner:read', 'commissioner:write', 'commissioner:import'],
    leader: ['commissioner:read'],
  },
  menu: {
    key: 'commissioner',
    path: '/commissioner',
    label: '科技特派员',
    labelEn: 'S&T commissioners',
    children: [
      {
        key: 'commissioner-records',
        path: '/commissioner/records',
        label: '科技特派员列表',
        labelEn: 'S&T commissioners register',
        permission: 'commissioner:read',
      },
    ],
  },
  audit: { subjects: { commissioner: '科技特派员' }, objects: { commissioner_record: '科技特派员记录' } },
});
