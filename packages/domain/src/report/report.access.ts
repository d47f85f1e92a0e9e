import { defineModuleAccess } from '../platform/module-access';

/** The work report module's permissions, default grants, menu group and the audit log's words for its actions. */
export const REPORT_ACCESS = defineModuleAccess({
  permissions: {
    'report:read': '工作总结查询（管辖区划内）',
    'report:write': '工作总结生成、编辑、定稿',
    'report:template': '工作总结模板、简称与脱敏词维护',
  },
  grants: {
    staff: ['report:read', 'report:write', 'report:template'],
    leader: ['report:read', 'report:write'],
  },
  menu: {
    key: 'report',
    path: '/reports',
    label: '工作总结',
    labelEn: 'Work reports',
    children: [
      {
        key: 'report-list',
        path: '/reports',
        label: '半年与年度总结',
        labelEn: 'Half-year and annual reports',
        permission: 'report:read',
      },
    ],
  },
  audit: {
    subjects: {
      report: '工作总结',
      'report.template': '工作总结模板',
      'report.short-name': '单位简称',
      'report.redaction': '脱敏词表',
    },
    actions: {
      'report.generate': '工作总结：生成',
      'report.regenerate': '工作总结：重新生成',
      'report.finalise': '工作总结：定稿',
      'report.new-version': '工作总结：新建版本',
      'report.template.copy': '工作总结模板：复制',
      'report.seed-demo': '工作总结：载入演示简称与脱敏词',
    },
    objects: {
      report: '工作总结',
      report_template: '工作总结模板',
      report_short_name: '单位简称',
      report_redaction: '脱敏词表',
    },
  },
});
