/**
 * The award module's codes and their labels. Levels, categories and grades are also dictionaries (added by the
 * module's migration, editable by the bureau); these labels are the built-in defaults and the fallback.
 */

/** 级别 of an award programme or a competition (国家 / 省 / 市 / 县). */
export const AWARD_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
};

/** 奖项类别 a programme awards (dictionary `award_category`; the bureau adds its own). */
export const AWARD_CATEGORY_LABELS: Record<string, string> = {
  worker_tech: '职工技术成果奖',
  five_small: '“五小”创新成果奖',
  sci_tech_progress: '科技进步奖',
  tech_invention: '技术发明奖',
  patent: '专利奖',
};

/** 获奖等级 of a result or a competition award (dictionary `award_grade`). */
export const AWARD_GRADE_LABELS: Record<string, string> = {
  special: '特等奖',
  first: '一等奖',
  second: '二等奖',
  third: '三等奖',
  excellence: '优秀奖',
  gold: '金奖',
  silver: '银奖',
  bronze: '铜奖',
};

/** Who is nominated or enters: a unit (an enterprise of the register, or an institution by name) or a person. */
export const NOMINEE_KINDS = ['unit', 'person'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = { unit: '单位', person: '个人' };

/** The states of a nomination: 推荐, then the announced result 获奖 or 未获奖. */
export const NOMINATION_STATES = ['nominated', 'awarded', 'not_awarded'] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];
export const NOMINATION_STATE_LABELS: Record<NominationState, string> = {
  nominated: '推荐',
  awarded: '获奖',
  not_awarded: '未获奖',
};
