import { defineModuleAccess } from '../platform/module-access';

/**
 * The indicator module's permissions: reading the readings is the platform's `dashboard:view`; staff keep the
 * templates and hand-entered values of their region and set the targets of the regions below theirs.
 */
export const INDICATOR_ACCESS = defineModuleAccess({
  permissions: {
    'indicator:read': '指标与目标查询（管辖区划内）',
    'indicator:template:write': '指标模板维护（复制、修改）',
    'indicator:target:write': '下达下级区划的指标目标',
    'indicator:value:write': '手工录入指标值（注明来源）',
  },
  grants: {
    staff: ['indicator:read', 'indicator:template:write', 'indicator:target:write', 'indicator:value:write'],
    leader: ['indicator:read'],
  },
  menu: {
    key: 'indicator',
    path: '/indicator',
    label: '指标与目标',
    labelEn: 'Indicators',
    children: [
      {
        key: 'indicator-dashboard',
        path: '/dashboard',
        label: '指标看板',
        labelEn: 'Dashboard',
        permission: 'indicator:read',
      },
    ],
  },
  audit: {
    subjects: {
      indicator: '指标',
      'indicator.template': '指标模板',
      'indicator.target': '指标目标',
      'indicator.value': '手工指标值',
      'indicator.readings': '指标完成情况表',
    },
    actions: {
      'indicator.template.copy': '指标模板：复制',
      'indicator.template.version': '指标模板：修改（生成新版本）',
      'indicator.seed': '指标：载入演示目标',
    },
    objects: {
      indicator_template: '指标模板',
      indicator_target: '指标目标',
    },
  },
});
