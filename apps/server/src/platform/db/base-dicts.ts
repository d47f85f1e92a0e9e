/** Dictionaries every select reads (字典); modules add theirs in their own migrations. */
export interface BaseDict {
  code: string;
  name: string;
  remark?: string;
  items: { value: string; label: string; parent?: string }[];
}

export const BASE_DICTS: BaseDict[] = [
  {
    code: 'sys_status',
    name: '启用状态',
    items: [
      { value: 'active', label: '正常' },
      { value: 'disabled', label: '停用' },
    ],
  },
  {
    code: 'sys_yes_no',
    name: '是否',
    items: [
      { value: 'Y', label: '是' },
      { value: 'N', label: '否' },
    ],
  },
  {
    code: 'qualification_tier',
    name: '企业培育梯度',
    remark: '科技型中小企业 → 省级科技创新型企业 → 高新技术企业 → 科技"小巨人"',
    items: [
      { value: 'tech_sme', label: '科技型中小企业' },
      { value: 'provincial_innovative', label: '省级科技创新型企业' },
      { value: 'high_tech', label: '高新技术企业' },
      { value: 'little_giant', label: '科技"小巨人"企业' },
    ],
  },
  {
    code: 'qualification_stage',
    name: '资质阶段',
    items: [
      { value: 'cultivating', label: '培育' },
      { value: 'applying', label: '申报' },
      { value: 'recommended', label: '推荐' },
      { value: 'publicizing', label: '公示' },
      { value: 'certified', label: '认定' },
      { value: 'rejected', label: '未通过' },
      { value: 'expired', label: '到期' },
      { value: 'revoked', label: '撤销' },
    ],
  },
  {
    code: 'project_category',
    name: '项目类别',
    items: [
      { value: 'central_guide', label: '中央引导地方科技发展资金' },
      { value: 'provincial_major', label: '省级科技重大专项' },
      { value: 'provincial_popsci_base', label: '省级科普示范基地' },
      { value: 'provincial_measures', label: '省支持科技创新若干措施' },
      { value: 'city_plan', label: '市级科技计划' },
      { value: 'county_plan', label: '县级科技计划' },
    ],
  },
  {
    code: 'project_level',
    name: '项目级别',
    items: [
      { value: 'national', label: '国家级' },
      { value: 'provincial', label: '省级' },
      { value: 'city', label: '市级' },
      { value: 'county', label: '县级' },
    ],
  },
  {
    code: 'funding_source_level',
    name: '资金来源级别',
    items: [
      { value: 'central', label: '中央' },
      { value: 'provincial', label: '省级' },
      { value: 'city', label: '市级' },
      { value: 'county', label: '县级' },
    ],
  },
  {
    code: 'message_category',
    name: '消息类别',
    items: [
      { value: 'system', label: '系统通知' },
      { value: 'job', label: '任务完成' },
      { value: 'todo', label: '待办' },
      { value: 'deadline', label: '截止提醒' },
    ],
  },
];
