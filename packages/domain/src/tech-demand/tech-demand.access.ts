import { defineModuleAccess } from '../platform/module-access';

/** The 揭榜挂帅 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const TECH_DEMAND_ACCESS = defineModuleAccess({
  permissions: {
    'tech-demand:read': '揭榜挂帅查询（管辖区划内）',
    'tech-demand:write': '揭榜挂帅办理（榜单批次、论证、发榜）',
    'tech-demand:self': '本单位技术需求（企业用户）',
    'tech-demand:review': '揭榜挂帅需求论证打分（评审专家）',
  },
  grants: {
    staff: ['tech-demand:read', 'tech-demand:write'],
    leader: ['tech-demand:read'],
    enterprise: ['tech-demand:self'],
    expert: ['tech-demand:review'],
  },
  menu: {
    key: 'tech-demand',
    path: '/tech-demand',
    label: '揭榜挂帅',
    labelEn: 'Open calls',
    children: [
      {
        key: 'tech-demand-demands',
        path: '/tech-demand/demands',
        label: '需求库',
        labelEn: 'Demand pool',
        permission: 'tech-demand:read',
      },
      {
        key: 'tech-demand-calls',
        path: '/tech-demand/calls',
        label: '榜单批次',
        labelEn: 'Calls',
        permission: 'tech-demand:read',
      },
      {
        key: 'tech-demand-review',
        path: '/tech-demand/review',
        label: '论证评审',
        labelEn: 'Expert review',
        permission: 'tech-demand:write',
      },
      {
        key: 'tech-demand-mine',
        path: '/tech-demand/mine',
        label: '我的需求',
        labelEn: 'Our demands',
        permission: 'tech-demand:self',
      },
      {
        key: 'tech-demand-scoring',
        path: '/tech-demand/scoring',
        label: '需求论证打分',
        labelEn: 'Demand reviews',
        permission: 'tech-demand:review',
      },
    ],
  },
  audit: {
    subjects: { 'tech-demand': '揭榜挂帅' },
    objects: {
      tech_demand: '技术需求',
      tech_demand_call: '榜单批次',
      tech_demand_review: '需求论证评分',
      tech_demand_bid: '揭榜申请',
      tech_demand_contract: '揭榜合同',
      tech_demand_milestone: '揭榜合同里程碑',
      tech_demand_acceptance: '揭榜项目验收',
    },
  },
});
