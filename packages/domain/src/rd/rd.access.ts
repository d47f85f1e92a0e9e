import { defineModuleAccess } from '../platform/module-access';

/** The R&D module's permissions, default grants and menu group. */
export const RD_ACCESS = defineModuleAccess({
  permissions: {
    'rd:task:manage': '研发经费填报任务、代填、审核与导入',
    'rd:report:self': '本单位研发经费填报（企业用户）',
    'rd:summary:view': '研发经费汇总、填报率与研发强度查询',
    'rd:summary:publish': '发布研发经费全县汇总（局领导）',
  },
  grants: {
    staff: ['rd:task:manage', 'rd:summary:view'],
    leader: ['rd:summary:view', 'rd:summary:publish'],
    enterprise: ['rd:report:self'],
  },
  menu: {
    key: 'rd',
    path: '/rd',
    label: '研发经费',
    labelEn: 'R&D expenditure',
    children: [
      {
        key: 'rd-tasks',
        path: '/rd/tasks',
        label: '填报任务',
        labelEn: 'Collection tasks',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-review',
        path: '/rd/review',
        label: '审核与核查',
        labelEn: 'Review and checks',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-check-rules',
        path: '/rd/check-rules',
        label: '核查规则',
        labelEn: 'Check rules',
        permission: 'rd:task:manage',
      },
      {
        key: 'rd-summary',
        path: '/rd/summary',
        label: '汇总与强度',
        labelEn: 'Totals and intensity',
        permission: 'rd:summary:view',
      },
      { key: 'rd-mine', path: '/rd/mine', label: '我的填报', labelEn: 'My reports', permission: 'rd:report:self' },
    ],
  },
  audit: {
    subjects: {
      rd: '研发经费',
      'rd.task': '研发经费填报任务',
      'rd.form': '研发经费填报表',
      'rd.check-rule': '研发经费核查规则',
    },
    objects: {
      rd_task: '研发经费填报任务',
      rd_task_unit: '研发经费填报表',
      rd_check_rule: '研发经费核查规则',
      rd_trend: '研发经费趋势',
    },
  },
});
