import { DEMAND_STATE_LABELS, DEMAND_STATES } from './tech-demand.enums';
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
    subjects: {
      'tech-demand': '揭榜挂帅',
      'tech-demand.demand': '技术需求',
      'tech-demand.call': '榜单批次',
      'tech-demand.review': '需求论证',
      'tech-demand.bid': '揭榜申请',
      'tech-demand.contract': '揭榜合同',
      'tech-demand.milestone': '揭榜合同里程碑',
      'tech-demand.acceptance': '揭榜项目验收',
    },
    actions: {
      // A demand's state changes are written as the state it reaches (recordDemandMove).
      ...Object.fromEntries(
        DEMAND_STATES.map((s) => [`tech-demand.demand.${s}`, `技术需求：变为“${DEMAND_STATE_LABELS[s]}”`]),
      ),
      'tech-demand.call.ranking': '榜单批次：确认论证排名',
      'tech-demand.call.review': '榜单批次：开始论证',
      'tech-demand.bid.choose': '揭榜申请：选定揭榜方',
      'tech-demand.bid.demo.seed': '揭榜挂帅：载入演示揭榜数据',
      'tech-demand.seed': '揭榜挂帅：载入演示需求数据',
    },
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
