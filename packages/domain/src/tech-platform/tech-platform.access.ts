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
  audit: {
    subjects: {
      'tech-platform': '创新平台',
      'tech-platform.change': '平台变更事项',
      'tech-platform.file': '平台附件',
      'tech-platform.incubatee': '在孵企业',
      'tech-platform.evaluation': '平台综合评价',
    },
    objects: {
      tech_platform: '创新平台',
      tech_platform_change: '平台变更事项',
      tech_platform_file: '平台附件',
      tech_platform_incubatee: '在孵企业',
      tech_platform_eval_round: '平台评价轮次',
      tech_platform_eval_entry: '平台评价结果',
      tech_platform_eval_expert: '平台评价专家任务',
      tech_platform_eval_scheme: '平台评价指标体系',
      tech_platform_eval_region: '艰苦边远地区设置',
    },
    actions: {
      'demo.seed-tech-platforms': '初始化演示数据：创新平台',
      'tech-platform.change.report': '平台变更事项：登记已报告',
      'tech-platform.evaluation.demo': '初始化演示数据：平台综合评价',
      'tech-platform.evaluation.manage': '平台综合评价：管理部门评分',
      'tech-platform.evaluation.notice': '平台综合评价：拟定公示',
      'tech-platform.evaluation.open': '平台综合评价：开启评价',
      'tech-platform.evaluation.region': '平台综合评价：设置艰苦边远地区',
      'tech-platform.evaluation.scheme': '平台综合评价：发布指标体系',
      'tech-platform.evaluation.return': '平台综合评价：退回填报数据',
    },
  },
});
