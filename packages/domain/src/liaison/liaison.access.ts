import { defineModuleAccess } from '../platform/module-access';

/** The 干部包企业 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const LIAISON_ACCESS = defineModuleAccess({
  permissions: {
    'liaison:read': '干部包企业查询（管辖区划内）',
    'liaison:write': '干部包企业维护',
    'liaison:import': '干部包企业 Excel 导入',
  },
  grants: {
    staff: ['liaison:read', 'liaison:write', 'liaison:import'],
    leader: ['liaison:read'],
  },
  menu: {
    key: 'liaison',
    path: '/liaison',
    label: '干部包企业',
    labelEn: 'Cadre liaison',
    children: [
      {
        key: 'liaison-records',
        path: '/liaison/records',
        label: '干部包企业列表',
        labelEn: 'Cadre liaison register',
        permission: 'liaison:read',
      },
    ],
  },
  audit: { subjects: { liaison: '干部包企业' }, objects: { liaison_record: '干部包企业记录' } },
});
