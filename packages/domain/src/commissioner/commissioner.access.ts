import { defineModuleAccess } from '../platform/module-access';

/** The 科技特派员 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const COMMISSIONER_ACCESS = defineModuleAccess({
  permissions: {
    'commissioner:read': '科技特派员查询（管辖区划内）',
    'commissioner:write': '科技特派员维护',
    'commissioner:import': '科技特派员 Excel 导入',
    // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
    'commissioner:need': '发布技术需求（本单位）',
    'commissioner:match': '技术需求对接：推荐与指派科技特派员（管辖区划内）',
    'commissioner:serve': '办理指派给本人的对接需求',
  },
  grants: {
    staff: ['commissioner:read', 'commissioner:write', 'commissioner:import', 'commissioner:match'],
    leader: ['commissioner:read'],
    enterprise: ['commissioner:need'],
    commissioner: ['commissioner:serve'],
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
      // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
      {
        key: 'commissioner-needs',
        path: '/commissioner/needs',
        label: '技术需求对接',
        labelEn: 'Needs matching',
        permission: 'commissioner:match',
      },
      {
        key: 'commissioner-my-needs',
        path: '/commissioner/my-needs',
        label: '我的技术需求',
        labelEn: 'My technology needs',
        permission: 'commissioner:need',
      },
      {
        key: 'commissioner-my-assignments',
        path: '/commissioner/my-assignments',
        label: '我的对接需求',
        labelEn: 'My assignments',
        permission: 'commissioner:serve',
      },
    ],
  },
  audit: {
    subjects: {
      commissioner: '科技特派员',
      // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
      'commissioner.need': '技术需求',
    },
    objects: {
      commissioner_record: '科技特派员记录',
      // Matching enterprises' needs with commissioners
      commissioner_need: '技术需求',
    },
    actions: {
      // Matching enterprises' needs with commissioners
      'commissioner.need.assign': '指派科技特派员对接技术需求',
      'commissioner.need.complete': '办结技术需求',
      'commissioner.need.close': '关闭技术需求',
    },
  },
});
