import { defineModuleAccess } from '../platform/module-access';

/** The 院地院企合作 module's permissions, default grants and menu group. */
export const COOPERATION_ACCESS = defineModuleAccess({
  permissions: {
    'cooperation:read': '院地院企合作查询（管辖区划内）',
    'cooperation:write': '合作单位、合作协议与合作项目维护',
    'cooperation:import': '合作项目 Excel 导入',
    'cooperation:self': '本单位合作协议与合作项目（企业用户，可填报里程碑与成果）',
  },
  grants: {
    staff: ['cooperation:read', 'cooperation:write', 'cooperation:import'],
    leader: ['cooperation:read'],
    enterprise: ['cooperation:self'],
  },
  menu: {
    key: 'cooperation',
    path: '/cooperation',
    label: '院地院企合作',
    labelEn: 'Cooperation',
    children: [
      {
        key: 'cooperation-projects',
        path: '/cooperation/projects',
        label: '合作项目',
        labelEn: 'Cooperation projects',
        permission: 'cooperation:read',
      },
      {
        key: 'cooperation-agreements',
        path: '/cooperation/agreements',
        label: '合作协议',
        labelEn: 'Agreements',
        permission: 'cooperation:read',
      },
      {
        key: 'cooperation-outputs',
        path: '/cooperation/outputs',
        label: '合作成果',
        labelEn: 'Outputs',
        permission: 'cooperation:read',
      },
      {
        key: 'cooperation-partners',
        path: '/cooperation/partners',
        label: '合作单位',
        labelEn: 'Partner institutions',
        permission: 'cooperation:read',
      },
      {
        key: 'cooperation-mine',
        path: '/cooperation/mine',
        label: '本单位合作',
        labelEn: 'My cooperation',
        permission: 'cooperation:self',
      },
    ],
  },
  audit: {
    subjects: {
      cooperation: '院地院企合作',
      'cooperation.partner': '合作单位',
      'cooperation.agreement': '合作协议',
      'cooperation.agreement.file': '合作协议附件',
      'cooperation.project': '合作项目',
      'cooperation.milestone': '合作项目节点',
      'cooperation.output': '合作成果',
    },
    objects: {
      cooperation_partner: '合作单位',
      cooperation_agreement: '合作协议',
      cooperation_project: '合作项目',
      cooperation_file: '合作附件',
    },
    actions: {
      'cooperation.demo.seed': '初始化演示数据：院地院企合作',
      'cooperation.output.link': '合作成果：关联科技成果登记',
      'cooperation.partner.view-phone': '合作单位：查看联系电话',
    },
  },
});
