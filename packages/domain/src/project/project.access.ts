import { defineModuleAccess } from '../platform/module-access';

/** The project module's permissions, default grants and menu group. */
export const PROJECT_ACCESS = defineModuleAccess({
  permissions: {
    'project:read': '项目批次、储备库与申报查询（管辖区划内）',
    'project:write': '项目批次、储备库、申报审核与专家指派',
    'project:apply': '本单位项目申报（企业用户）',
    'project:review': '项目评审打分（评审专家）',
    'project:confirm': '评审结果确认（局领导）',
    'project:application:override': '强制变更申报书状态（须填写原因，记入审计）',
    'project:application:import': '历史项目 Excel 导入',
    'expert:manage': '专家库管理',
    'funding:read': '资金台账查询',
    'funding:write': '资金台账维护',
  },
  grants: {
    staff: [
      'project:read',
      'project:write',
      'project:application:import',
      'expert:manage',
      'funding:read',
      'funding:write',
    ],
    leader: ['project:read', 'project:confirm', 'project:application:override', 'funding:read'],
    enterprise: ['project:apply'],
    expert: ['project:review'],
  },
  menu: {
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
});
