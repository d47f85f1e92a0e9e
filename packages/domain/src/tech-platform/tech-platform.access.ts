import { defineModuleAccess } from '../platform/module-access';

/** The 创新平台 module's permissions, default grants and menu group. */
export const TECH_PLATFORM_ACCESS = defineModuleAccess({
  permissions: {
    'tech-platform:read': '创新平台查询（管辖区划内）',
    'tech-platform:write': '创新平台维护',
    'tech-platform:import': '创新平台 Excel 导入',
    'tech-platform:self': '本单位运营或参与的创新平台（企业用户，只读）',
    'tech-platform:review': '孵化器、众创空间综合评价打分（评审专家）',
  },
  grants: {
    staff: ['tech-platform:read', 'tech-platform:write', 'tech-platform:import'],
    leader: ['tech-platform:read'],
    enterprise: ['tech-platform:self'],
    expert: ['tech-platform:review'],
  },
  menu: {
    key: 'tech-platform',
    path: '/tech-platform',
    label: '创新平台',
    labelEn: 'Innovation platforms',
    children: [
      {
        key: 'tech-platform-platforms',
        path: '/tech-platform/platforms',
        label: '创新平台列表',
        labelEn: 'Innovation platforms register',
        permission: 'tech-platform:read',
      },
      {
        key: 'tech-platform-mine',
        path: '/tech-platform/mine',
        label: '本单位平台',
        labelEn: 'Our platforms',
        permission: 'tech-platform:self',
      },
      {
        key: 'tech-platform-evaluation',
        path: '/tech-platform/evaluation',
        label: '综合评价',
        labelEn: 'Evaluation rounds',
        permission: 'tech-platform:read',
      },
      {
        key: 'tech-platform-evaluation-mine',
        path: '/tech-platform/evaluation/mine',
        label: '本单位平台评价',
        labelEn: 'Our evaluations',
        permission: 'tech-platform:self',
      },
      {
        key: 'tech-platform-evaluation-reviews',
        path: '/tech-platform/evaluation/reviews',
        label: '平台评价打分',
        labelEn: 'Platform reviews',
        permission: 'tech-platform:review',
      },
    ],
  },
});
