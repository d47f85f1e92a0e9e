import { defineModuleAccess } from '../platform/module-access';

/** The 干部包企业 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const LIAISON_ACCESS = defineModuleAccess({
  permissions: {
    'liaison:read': '干部包企业查询（管辖区划内）',
    'liaison:write': '干部包企业维护（包联分配、走访、问题办理）',
    'liaison:self': '本单位诉求查看与确认（企业用户）',
  },
  grants: {
    staff: ['liaison:read', 'liaison:write'],
    leader: ['liaison:read'],
    enterprise: ['liaison:self'],
  },
  menu: {
    key: 'liaison',
    path: '/liaison',
    label: '干部包企业',
    labelEn: 'Cadre liaison',
    children: [
      {
        key: 'liaison-assignments',
        path: '/liaison/assignments',
        label: '包联分配',
        labelEn: 'Assignments',
        permission: 'liaison:read',
      },
      {
        key: 'liaison-visits',
        path: '/liaison/visits',
        label: '走访记录',
        labelEn: 'Visits',
        permission: 'liaison:read',
      },
      {
        key: 'liaison-issues',
        path: '/liaison/issues',
        label: '问题办理',
        labelEn: 'Issues',
        permission: 'liaison:read',
      },
      {
        key: 'liaison-coverage',
        path: '/liaison/coverage',
        label: '包联覆盖',
        labelEn: 'Coverage',
        permission: 'liaison:read',
      },
      {
        key: 'liaison-my-issues',
        path: '/liaison/my-issues',
        label: '我的诉求',
        labelEn: 'My requests',
        permission: 'liaison:self',
      },
    ],
  },
  audit: {
    subjects: { liaison: '干部包企业' },
    actions: {
      'liaison.visit': '干部包企业：登记走访',
      'liaison.assignment-update': '包联分配：修改',
      'liaison.assignment-end': '包联分配：提前结束',
      'liaison.export-visits': '包联走访：导出',
      'liaison.export-issues': '企业诉求：导出',
      'liaison.issue-transition': '企业诉求：办理状态变更',
      'liaison.seed-demo': '干部包企业：载入演示数据',
    },
    objects: {
      liaison_assignment: '包联分配',
      liaison_visit: '包联走访',
      liaison_issue: '企业诉求',
    },
  },
});
