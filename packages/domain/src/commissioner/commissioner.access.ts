import { defineModuleAccess } from '../platform/module-access';

/** The 科技特派员 module's permissions, default grants, menu group and the audit log's words for its actions. */
export const COMMISSIONER_ACCESS = defineModuleAccess({
  permissions: {
    'commissioner:read': '科技特派员查询（管辖区划内）',
    'commissioner:write': '科技特派员维护',
    'commissioner:import': '科技特派员 Excel 导入',
    // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
    'commissioner:log': '我的服务日志（科技特派员本人）',
    'commissioner:confirm': '科技特派员服务日志审核',
    'commissioner:assess': '科技特派员年度考核',
    'commissioner:rate': '科技特派员服务满意度评价（企业用户，本单位）',
  },
  grants: {
    staff: [
      'commissioner:read',
      'commissioner:write',
      'commissioner:import',
      'commissioner:confirm',
      'commissioner:assess',
    ],
    leader: ['commissioner:read'],
    commissioner: ['commissioner:log'],
    enterprise: ['commissioner:rate'],
  },
  menu: {
    key: 'commissioner',
    path: '/commissioner',
    label: '科技特派员',
    labelEn: 'S&T commissioners',
    children: [
      {
        key: 'commissioner-records',
        path: '/commissioner/records',
        label: '科技特派员列表',
        labelEn: 'S&T commissioners register',
        permission: 'commissioner:read',
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
      commissioner: '科技特派员',
      // Service logs, day counter and annual assessment (docs/rules.md §5.1.1)
      'commissioner.service-log': '科技特派员服务日志',
      'commissioner.assessment': '科技特派员年度考核',
    },
    objects: {
      commissioner_record: '科技特派员记录',
      commissioner_service_log: '科技特派员服务日志',
      commissioner_assessment: '科技特派员年度考核',
      commissioner_assessment_entry: '科技特派员考核结果',
      commissioner_assessment_scheme: '科技特派员考核方案',
    },
    actions: {
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
