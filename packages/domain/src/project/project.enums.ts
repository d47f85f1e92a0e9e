/** Life of a project application (项目申报 → 立项 → 实施 → 验收), in the order a page lists them. */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'county_review',
  'returned',
  'recommended',
  'approved',
  'rejected',
  'in_progress',
  'midterm',
  'accepted',
  'terminated',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  draft: '草稿',
  submitted: '已提交',
  county_review: '县级审核',
  returned: '退回修改',
  recommended: '推荐上报',
  approved: '立项',
  rejected: '未立项',
  in_progress: '实施中',
  midterm: '中期检查',
  accepted: '验收通过',
  terminated: '终止',
};

/** States in which the applicant may still edit the form and attachments. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'returned'];

/** States in which experts may be assigned and may score (the application is before the bureau's decision). */
export const REVIEWABLE_STATES: readonly ApplicationState[] = ['submitted', 'county_review', 'recommended'];

/** A call (批次) is drafted, then published; `historical` holds projects imported from a bureau's old sheets (closed, never open for applying). */
export const CALL_STATUSES = ['draft', 'published', 'historical'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Project levels (dictionary `project_level`). */
export const PROJECT_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
export const PROJECT_LEVEL_LABELS: Record<ProjectLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
};

/** Known project categories (dictionary `project_category`; the dictionary may hold more). */
export const PROJECT_CATEGORY_LABELS: Record<string, string> = {
  central_guide: '中央引导地方科技发展资金',
  provincial_major: '省级科技重大专项',
  provincial_popsci_base: '省级科普示范基地',
  provincial_measures: '省支持科技创新若干措施',
  city_plan: '市级科技计划',
  county_plan: '县级科技计划',
};

/** How expert scores are combined into one figure per application. */
export const OUTLIER_RULES = ['none', 'drop-high-low', 'drop-beyond-n-sd'] as const;
export type OutlierRule = (typeof OUTLIER_RULES)[number];
export const OUTLIER_RULE_LABELS: Record<OutlierRule, string> = {
  none: '算术平均（不剔除）',
  'drop-high-low': '去掉一个最高分和一个最低分后平均（不少于 3 位专家时）',
  'drop-beyond-n-sd': '剔除偏离均值超过 N 倍标准差的评分后平均',
};

/** Funding source levels (dictionary `funding_source_level`). */
export const FUNDING_SOURCE_LEVELS = ['central', 'provincial', 'city', 'county'] as const;
export type FundingSourceLevel = (typeof FUNDING_SOURCE_LEVELS)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSourceLevel, string> = {
  central: '中央',
  provincial: '省级',
  city: '市级',
  county: '县级',
};

/** Kinds of ledger record: money granted (下达), allocated (拨付计划), disbursed (实际拨付) and the enterprise's matching funds (自筹配套). */
export const FUNDING_KINDS = ['grant', 'allocation', 'disbursement', 'matching'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];
export const FUNDING_KIND_LABELS: Record<FundingKind, string> = {
  grant: '下达资金',
  allocation: '资金分配',
  disbursement: '资金拨付',
  matching: '企业自筹配套',
};

/** Who may see a transition's comment: staff only, or the applicant too. */
export const COMMENT_VISIBILITY = ['internal', 'applicant'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITY)[number];

/** Status of an idea in the reserve (储备库). */
export const RESERVE_STATUSES = ['planned', 'promoted', 'dropped'] as const;
export type ReserveStatus = (typeof RESERVE_STATUSES)[number];
export const RESERVE_STATUS_LABELS: Record<ReserveStatus, string> = {
  planned: '储备中',
  promoted: '已转申报',
  dropped: '已放弃',
};
