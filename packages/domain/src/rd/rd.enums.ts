/** Life of a collection task (填报任务): 草稿 → 填报中 → 已截止 (staff may reopen a closed task). */
export const RD_TASK_STATUSES = ['draft', 'open', 'closed'] as const;
export type RdTaskStatus = (typeof RD_TASK_STATUSES)[number];
export const RD_TASK_STATUS_LABELS: Record<RdTaskStatus, string> = { draft: '草稿', open: '填报中', closed: '已截止' };

/** Life of one unit's form: 未填 → 已保存 → 已提交 → 通过 | 退回 → (修改) → 已提交 … */
export const RD_REPORT_STATUSES = ['not_filled', 'saved', 'submitted', 'approved', 'returned'] as const;
export type RdReportStatus = (typeof RD_REPORT_STATUSES)[number];
export const RD_REPORT_STATUS_LABELS: Record<RdReportStatus, string> = {
  not_filled: '未填',
  saved: '已保存',
  submitted: '已提交',
  approved: '通过',
  returned: '退回',
};

/** Statuses in which the unit (or staff on its behalf) may still change the figures. */
export const RD_EDITABLE_STATUSES: readonly RdReportStatus[] = ['not_filled', 'saved', 'returned'];
/** Statuses that count as "reported" for the completion rate (填报率). */
export const RD_REPORTED_STATUSES: readonly RdReportStatus[] = ['submitted', 'approved'];

/** 执行部门 (performer type) of the R&D statistics (docs/rules.md §5.6.1), derived from the register's unit kind. */
export const RD_PERFORMERS = ['enterprise', 'research_institute', 'higher_education', 'other'] as const;
export type RdPerformer = (typeof RD_PERFORMERS)[number];
export const RD_PERFORMER_LABELS: Record<RdPerformer, string> = {
  enterprise: '企业',
  research_institute: '政府属研究机构',
  higher_education: '高等学校',
  other: '其他',
};

/** The register's unit kind → performer type. */
export function performerOf(unitKind: string): RdPerformer {
  if (unitKind === 'enterprise') return 'enterprise';
  if (unitKind === 'institution') return 'research_institute';
  if (unitKind === 'school') return 'higher_education';
  return 'other';
}

/** Tier a unit is counted under in the aggregation (高企 first when a unit holds both). */
export const RD_TIER_GROUPS = ['high_tech', 'tech_sme', 'other'] as const;
export type RdTierGroup = (typeof RD_TIER_GROUPS)[number];
export const RD_TIER_GROUP_LABELS: Record<RdTierGroup, string> = {
  high_tech: '高新技术企业',
  tech_sme: '科技型中小企业（非高企）',
  other: '其他单位',
};

/** 107-1 项目来源. */
export const RD_PROJECT_SOURCES = ['own', 'government', 'enterprise_commission', 'foreign', 'other'] as const;
export const RD_PROJECT_SOURCE_LABELS: Record<(typeof RD_PROJECT_SOURCES)[number], string> = {
  own: '本企业自选项目',
  government: '各级政府部门科技项目',
  enterprise_commission: '其他企业委托项目',
  foreign: '境外项目',
  other: '其他项目',
};

/** 107-1 项目合作形式. */
export const RD_COOPERATION_FORMS = [
  'independent',
  'with_university',
  'with_institute',
  'with_enterprise',
  'with_foreign',
  'other',
] as const;
export const RD_COOPERATION_LABELS: Record<(typeof RD_COOPERATION_FORMS)[number], string> = {
  independent: '独立研究',
  with_university: '与境内高等学校合作',
  with_institute: '与境内研究机构合作',
  with_enterprise: '与境内其他企业合作',
  with_foreign: '与境外机构合作',
  other: '其他',
};

/** 107-1 跨年项目进展阶段. */
export const RD_PROJECT_STAGES = ['research', 'pilot_small', 'pilot', 'trial_production', 'completed'] as const;
export const RD_PROJECT_STAGE_LABELS: Record<(typeof RD_PROJECT_STAGES)[number], string> = {
  research: '研究阶段',
  pilot_small: '小试阶段',
  pilot: '中试阶段',
  trial_production: '试生产阶段',
  completed: '已完成',
};

/** How the units of a task are picked; the picks are unioned and frozen into the task's unit list. */
export const RD_UNIT_PICKS = ['all', 'high_tech', 'tech_sme'] as const;
export type RdUnitPick = (typeof RD_UNIT_PICKS)[number];
export const RD_UNIT_PICK_LABELS: Record<RdUnitPick, string> = {
  all: '辖区内全部单位',
  high_tech: '全部高新技术企业',
  tech_sme: '全部科技型中小企业',
};
