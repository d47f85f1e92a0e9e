import { defineModuleAccess } from '../platform/module-access';

/**
 * The 科技特派员 module's permissions, default grants, menu group and the audit log's words for its actions. Each
 * part of the module keeps its entries together under a comment naming it (roster here; service logs, assessment
 * and matching append their own groups), so branches merge by adding lines.
 */
export const COMMISSIONER_ACCESS = defineModuleAccess({
  permissions: {
    // roster, eligibility, workflow, agreements
    'commissioner:read': '科技特派员查询（管辖区划内）',
    'commissioner:write': '科技特派员维护（名册、聘任流程、三方协议、资格条件）',
    'commissioner:import': '科技特派员 Excel 导入',
    'commissioner:reveal': '查看科技特派员完整身份证号和电话（留痕）',
    'commissioner:self': '本人的科技特派员档案（科技特派员）',
    // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
    'commissioner:need': '发布技术需求（本单位）',
    'commissioner:match': '技术需求对接：推荐与指派科技特派员（管辖区划内）',
    'commissioner:serve': '办理指派给本人的对接需求',
  },
  grants: {
    // roster; matching
    staff: [
      'commissioner:read',
      'commissioner:write',
      'commissioner:import',
      'commissioner:reveal',
      'commissioner:match',
    ],
    leader: ['commissioner:read'],
    commissioner: ['commissioner:self', 'commissioner:serve'],
    enterprise: ['commissioner:need'],
  },
  menu: {
    key: 'commissioner',
    path: '/commissioner',
    label: '科技特派员',
    labelEn: 'S&T commissioners',
    children: [
      // roster
      {
        key: 'commissioner-roster',
        path: '/commissioner/roster',
        label: '科技特派员名册',
        labelEn: 'Commissioner roster',
        permission: 'commissioner:read',
      },
      {
        key: 'commissioner-mine',
        path: '/commissioner/mine',
        label: '我的特派员档案',
        labelEn: 'My commissioner record',
        permission: 'commissioner:self',
      },
      {
        key: 'commissioner-level-rules',
        path: '/commissioner/level-rules',
        label: '选派条件设置',
        labelEn: 'Eligibility rules',
        permission: 'commissioner:read',
      },
      // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
      {
        key: 'commissioner-needs',
        path: '/commissioner/needs',
        label: '技术需求对接',
        labelEn: 'Needs matching',
        permission: 'commissioner:match',
      },
      {
        key: 'commissioner-my-needs',
        path: '/commissioner/my-needs',
        label: '我的技术需求',
        labelEn: 'My technology needs',
        permission: 'commissioner:need',
      },
      {
        key: 'commissioner-my-assignments',
        path: '/commissioner/my-assignments',
        label: '我的对接需求',
        labelEn: 'My assignments',
        permission: 'commissioner:serve',
      },
    ],
  },
  audit: {
    subjects: {
      // roster
      commissioner: '科技特派员',
      'commissioner.agreement': '三方协议',
      'commissioner.level-rule': '科技特派员选派条件',
      // Matching enterprises' needs with commissioners (docs/rules.md §5.1.2)
      'commissioner.need': '技术需求',
    },
    objects: {
      // roster
      commissioner: '科技特派员',
      commissioner_agreement: '三方协议',
      commissioner_level_rule: '科技特派员选派条件',
      // Matching enterprises' needs with commissioners
      commissioner_need: '技术需求',
    },
    actions: {
      // roster
      'commissioner.create': '新增科技特派员',
      'commissioner.update': '修改科技特派员',
      'commissioner.import': '导入科技特派员',
      'commissioner.export': '导出科技特派员',
      'commissioner.reveal': '查看科技特派员完整身份证号和电话',
      'commissioner.recommend': '科技特派员：单位推荐',
      'commissioner.review': '科技特派员：县级审核',
      'commissioner.publicise': '科技特派员：公示',
      'commissioner.appoint': '科技特派员：聘任',
      'commissioner.expire': '科技特派员：期满',
      'commissioner.dismiss': '科技特派员：解聘',
      'commissioner.eligibility-override': '科技特派员：资格条件例外',
      'commissioner.level-rule.update': '修改科技特派员选派条件',
      'commissioner.agreement.create': '签订三方协议',
      'commissioner.agreement.update': '修改三方协议',
      'commissioner.agreement.terminate': '终止三方协议',
      'demo.seed-commissioners': '初始化演示数据：科技特派员',
      // Matching enterprises' needs with commissioners
      'commissioner.need.assign': '指派科技特派员对接技术需求',
      'commissioner.need.complete': '办结技术需求',
      'commissioner.need.close': '关闭技术需求',
    },
  },
});
