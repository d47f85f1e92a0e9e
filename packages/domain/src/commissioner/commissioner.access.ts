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
    // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
    'commissioner:log': '我的服务日志（科技特派员本人）',
    'commissioner:confirm': '科技特派员服务日志审核',
    'commissioner:assess': '科技特派员年度考核',
    'commissioner:rate': '科技特派员服务满意度评价（企业用户，本单位）',
  },
  grants: {
    // roster; matching; service logs and assessment
    staff: [
      'commissioner:read',
      'commissioner:write',
      'commissioner:import',
      'commissioner:reveal',
      'commissioner:match',
      'commissioner:confirm',
      'commissioner:assess',
    ],
    leader: ['commissioner:read'],
    commissioner: ['commissioner:self', 'commissioner:serve', 'commissioner:log'],
    enterprise: ['commissioner:need', 'commissioner:rate'],
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
      // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
      {
        key: 'commissioner-service-logs',
        path: '/commissioner/service-logs',
        label: '服务日志审核',
        labelEn: 'Service logs',
        permission: 'commissioner:confirm',
      },
      {
        key: 'commissioner-service-days',
        path: '/commissioner/service-days',
        label: '服务天数进度',
        labelEn: 'Service days',
        permission: 'commissioner:read',
      },
      {
        key: 'commissioner-assessments',
        path: '/commissioner/assessments',
        label: '年度考核',
        labelEn: 'Annual assessment',
        permission: 'commissioner:read',
      },
      {
        key: 'commissioner-my-logs',
        path: '/commissioner/my-logs',
        label: '我的服务日志',
        labelEn: 'My service logs',
        permission: 'commissioner:log',
      },
      {
        key: 'commissioner-rate',
        path: '/commissioner/ratings',
        label: '特派员满意度评价',
        labelEn: 'Rate commissioners',
        permission: 'commissioner:rate',
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
      // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
      'commissioner.service-log': '科技特派员服务日志',
      'commissioner.assessment': '科技特派员年度考核',
    },
    objects: {
      // roster
      commissioner: '科技特派员',
      commissioner_agreement: '三方协议',
      commissioner_level_rule: '科技特派员选派条件',
      // Matching enterprises' needs with commissioners
      commissioner_need: '技术需求',
      // Service logs and assessment
      commissioner_service_log: '科技特派员服务日志',
      commissioner_assessment: '科技特派员年度考核',
      commissioner_assessment_entry: '科技特派员考核结果',
      commissioner_assessment_scheme: '科技特派员考核方案',
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
      // Service logs and assessment
      'commissioner.service-log.review': '科技特派员服务日志：审核',
      'commissioner.service-log.resubmit': '科技特派员服务日志：修改后重新提交',
      'commissioner.assessment.open': '科技特派员年度考核：开启考核',
      'commissioner.assessment.score': '科技特派员年度考核：评分',
      'commissioner.assessment.rate': '科技特派员年度考核：服务对象满意度评价',
      'commissioner.assessment.scheme': '科技特派员年度考核：发布考核方案',
      'commissioner.assessment.notice': '科技特派员年度考核：拟定公示',
      'demo.seed-commissioner-logs': '初始化演示数据：科技特派员服务日志与考核',
    },
  },
});
