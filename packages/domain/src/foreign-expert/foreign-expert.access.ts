import { defineModuleAccess } from '../platform/module-access';

/** The 外国专家 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const FOREIGN_EXPERT_ACCESS = defineModuleAccess({
  permissions: {
    'foreign-expert:read': '外国专家查询（管辖区划内）',
    'foreign-expert:write': '外国专家维护',
    'foreign-expert:import': '外国专家 Excel 导入',
  },
  grants: {
    staff: ['foreign-expert:read', 'foreign-expert:write', 'foreign-expert:import'],
    leader: ['foreign-expert:read'],
  },
  menu: {
    key: 'foreign-expert',
    path: '/foreign-expert',
    label: '外国专家',
    labelEn: 'Foreign experts',
    children: [
      {
        key: 'foreign-expert-records',
        path: '/foreign-expert/records',
        label: '外国专家列表',
        labelEn: 'Foreign experts register',
        permission: 'foreign-expert:read',
      },
    ],
  },
  audit: { subjects: { 'foreign-expert': '外国专家' }, objects: { foreign_expert_record: '外国专家记录' } },
});
