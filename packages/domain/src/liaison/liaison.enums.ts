/**
 * 干部包企业 (docs/rules.md §5.7.1): the dictionaries the module's migration writes (staff may add items through
 * 字典管理), the rule kinds a rule-based assignment selects enterprises by, and an issue's states.
 */
export const LIAISON_DICTS = {
  visitForm: 'liaison_visit_form',
  policy: 'liaison_policy',
  campaign: 'liaison_campaign',
  issueCategory: 'liaison_issue_category',
  department: 'liaison_department',
} as const;

/** Each dictionary's name and first items (value → label), written by the migration. */
export const LIAISON_DICT_ITEMS: Record<string, { name: string; items: Record<string, string> }> = {
  [LIAISON_DICTS.visitForm]: { name: '包联走访形式', items: { onsite: '上门', phone: '电话', online: '线上' } },
  [LIAISON_DICTS.policy]: {
    name: '包联宣讲政策',
    items: {
      rd_deduction: '研发费用加计扣除',
      hightech_tax: '高企税收优惠',
      tech_sme_eval: '科技型中小企业评价',
      project_apply: '项目申报',
      achievement_transfer: '科技成果转化',
      talent: '人才引进政策',
    },
  },
  [LIAISON_DICTS.campaign]: {
    name: '包联专项行动',
    items: { three_visits: '三进三问三查', spring_service: '春风行动', none: '日常包联' },
  },
  [LIAISON_DICTS.issueCategory]: {
    name: '企业诉求类别',
    items: {
      policy: '政策咨询',
      funding: '资金项目',
      talent: '人才用工',
      tech: '技术难题',
      land: '用地用能',
      other: '其他',
    },
  },
  [LIAISON_DICTS.department]: {
    name: '诉求承办部门',
    items: {
      kjj: '科技局',
      fgj: '发改局',
      gxj: '工信局',
      czj: '财政局',
      swj: '税务局',
      rsj: '人社局',
      other: '其他部门',
    },
  },
};

/** 规上 is a register tag; 高企 and 创新型 are qualification tiers (enterprise.qualification_tiers). */
export const ABOVE_SCALE_TAG = '规上企业';
export const LIAISON_RULE_KINDS = ['above_scale', 'high_tech', 'innovative'] as const;
export type LiaisonRuleKind = (typeof LIAISON_RULE_KINDS)[number];
export const LIAISON_RULE_LABELS: Record<LiaisonRuleKind, string> = {
  above_scale: '规上企业',
  high_tech: '高新技术企业',
  innovative: '创新型企业',
};

export const LIAISON_ISSUE_STATES = ['pending', 'handling', 'closed', 'confirmed'] as const;
export type LiaisonIssueState = (typeof LIAISON_ISSUE_STATES)[number];
export const LIAISON_ISSUE_STATE_LABELS: Record<LiaisonIssueState, string> = {
  pending: '待办',
  handling: '办理中',
  closed: '已办结',
  confirmed: '企业确认',
};
/** States an issue is still open in (counted as open and, past its due date, overdue). */
export const LIAISON_OPEN_STATES: readonly LiaisonIssueState[] = ['pending', 'handling'];
