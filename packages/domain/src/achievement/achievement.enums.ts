/**
 * The codes of the 科技成果登记表 (docs/rules.md §5.3, [S48][S49]): fixed by the national form, so the rules below
 * key on them; their labels are also `dict_item` rows (added by the module's migration) that the web reads.
 */

/** 成果类别: the form has one version for 应用技术 and one for 基础理论 / 软科学 [S50]. */
export const ACHIEVEMENT_CATEGORIES = ['applied', 'basic', 'soft'] as const;
export type AchievementCategory = (typeof ACHIEVEMENT_CATEGORIES)[number];
export const ACHIEVEMENT_CATEGORY_LABELS: Record<AchievementCategory, string> = {
  applied: '应用技术',
  basic: '基础理论',
  soft: '软科学',
};

/** 成果属性 [S48]. */
export const ACHIEVEMENT_ATTRIBUTES = ['original', 'imported', 'secondary'] as const;
export type AchievementAttribute = (typeof ACHIEVEMENT_ATTRIBUTES)[number];
export const ACHIEVEMENT_ATTRIBUTE_LABELS: Record<AchievementAttribute, string> = {
  original: '原始性创新',
  imported: '国外引进消化吸收创新',
  secondary: '国内技术二次开发',
};

/** 成果水平: from the evaluation's conclusion, else 未评价 [S48]. */
export const ACHIEVEMENT_LEVELS = [
  'intl_leading',
  'intl_advanced',
  'domestic_leading',
  'domestic_advanced',
  'provincial_leading',
  'provincial_advanced',
  'unevaluated',
] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];
export const ACHIEVEMENT_LEVEL_LABELS: Record<AchievementLevel, string> = {
  intl_leading: '国际领先',
  intl_advanced: '国际先进',
  domestic_leading: '国内领先',
  domestic_advanced: '国内先进',
  provincial_leading: '省内领先',
  provincial_advanced: '省内先进',
  unevaluated: '未评价',
};

/** 成果所处阶段 [S48]. */
export const ACHIEVEMENT_STAGES = ['initial', 'middle', 'mature'] as const;
export type AchievementStage = (typeof ACHIEVEMENT_STAGES)[number];
export const ACHIEVEMENT_STAGE_LABELS: Record<AchievementStage, string> = {
  initial: '初期阶段',
  middle: '中期阶段',
  mature: '成熟应用阶段',
};

/** 评价方式 [S48]; `none` is a result not evaluated, whose 成果水平 can only be 未评价. */
export const ACHIEVEMENT_EVALUATIONS = ['appraisal', 'acceptance', 'evaluation', 'review', 'none'] as const;
export type AchievementEvaluation = (typeof ACHIEVEMENT_EVALUATIONS)[number];
export const ACHIEVEMENT_EVALUATION_LABELS: Record<AchievementEvaluation, string> = {
  appraisal: '鉴定',
  acceptance: '验收',
  evaluation: '评价',
  review: '行业评审',
  none: '未评价',
};

/** The registration's states: 草稿 → 已提交 → 县级审核 (退回修改 | 已推荐) → 已登记 → 已撤销. */
export const ACHIEVEMENT_STATES = [
  'draft',
  'submitted',
  'county_review',
  'returned',
  'recommended',
  'registered',
  'revoked',
] as const;
export type AchievementState = (typeof ACHIEVEMENT_STATES)[number];
export const ACHIEVEMENT_STATE_LABELS: Record<AchievementState, string> = {
  draft: '草稿',
  submitted: '已提交',
  county_review: '县级审核',
  returned: '退回修改',
  recommended: '已推荐',
  registered: '已登记',
  revoked: '已撤销',
};

/** The states in which the applicant may still change the form and its attachments. */
export const ACHIEVEMENT_EDITABLE_STATES: readonly AchievementState[] = ['draft', 'returned'];

/** The dictionaries the migration adds, by type code (the web's selects read them through useDictItems). */
export const ACHIEVEMENT_DICTS = {
  achievement_category: { name: '科技成果类别', labels: ACHIEVEMENT_CATEGORY_LABELS },
  achievement_attribute: { name: '科技成果属性', labels: ACHIEVEMENT_ATTRIBUTE_LABELS },
  achievement_level: { name: '科技成果水平', labels: ACHIEVEMENT_LEVEL_LABELS },
  achievement_stage: { name: '科技成果所处阶段', labels: ACHIEVEMENT_STAGE_LABELS },
  achievement_evaluation: { name: '科技成果评价方式', labels: ACHIEVEMENT_EVALUATION_LABELS },
} as const;
