import { defineModuleAccess } from '../platform/module-access';

/** The 外国专家 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const FOREIGN_EXPERT_ACCESS = defineModuleAccess({
  permissions: {
    'foreign-expert:read': '外国专家与来访指导查询（管辖区划内）',
    'foreign-expert:write': '外国专家与来访指导维护',
    'foreign-expert:reveal': '查看外国专家完整护照号码（留痕）',
  },
  grants: {
    staff: ['foreign-expert:read', 'foreign-expert:write', 'foreign-expert:reveal'],
    leader: ['foreign-expert:read'],
  },
  menu: {
    key: 'foreign-expert',
    path: '/foreign-expert',
    label: '外国专家',
    labelEn: 'Foreign experts',
    children: [
      {
        key: 'foreign-expert-experts',
        path: '/foreign-expert/experts',
        label: '外国专家库',
        labelEn: 'Expert profiles',
        permission: 'foreign-expert:read',
      },
      {
        key: 'foreign-expert-visits',
        path: '/foreign-expert/visits',
        label: '来访指导记录',
        labelEn: 'Visits and guidance',
        permission: 'foreign-expert:read',
      },
      {
        key: 'foreign-expert-bases',
        path: '/foreign-expert/talent-bases',
        label: '引智基地',
        labelEn: 'Talent bases',
        permission: 'foreign-expert:read',
      },
    ],
  },
  audit: {
    subjects: { 'foreign-expert.expert': '外国专家', 'foreign-expert.visit': '外国专家来访指导' },
    objects: { foreign_expert: '外国专家', foreign_expert_visit: '外国专家来访指导' },
    actions: { 'foreign-expert.expert.view-passport': '查看外国专家完整护照号码' },
  },
});
