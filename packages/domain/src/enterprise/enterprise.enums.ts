/** The cultivation ladder, lowest rung first (dictionary `qualification_tier`). */
export const TIERS = ['tech_sme', 'provincial_innovative', 'high_tech', 'little_giant'] as const;
export type Tier = (typeof TIERS)[number];

/** Life of a qualification record (dictionary `qualification_stage`). */
export const STAGES = [
  'cultivating',
  'applying',
  'recommended',
  'publicizing',
  'certified',
  'rejected',
  'expired',
  'revoked',
] as const;
export type Stage = (typeof STAGES)[number];

export const TIER_LABELS: Record<Tier, string> = {
  tech_sme: '科技型中小企业',
  provincial_innovative: '省级科技创新型企业',
  high_tech: '高新技术企业',
  little_giant: '科技"小巨人"企业',
};

export const STAGE_LABELS: Record<Stage, string> = {
  cultivating: '培育',
  applying: '申报',
  recommended: '推荐',
  publicizing: '公示',
  certified: '认定',
  rejected: '未通过',
  expired: '到期',
  revoked: '撤销',
};

/** Allowed stage moves: 培育 → 申报 → 推荐 → 公示 → 认定/未通过 → 到期/撤销 (staff may also step back one). */
export const STAGE_TRANSITIONS: Record<Stage, readonly Stage[]> = {
  cultivating: ['applying'],
  applying: ['recommended', 'rejected', 'cultivating'],
  recommended: ['publicizing', 'rejected', 'applying'],
  publicizing: ['certified', 'rejected'],
  certified: ['expired', 'revoked'],
  rejected: ['cultivating'],
  expired: [],
  revoked: [],
};

/** Whether a qualification may move from one stage to another. */
export function canMoveStage(from: Stage, to: Stage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}

/**
 * The stage a record reaches only by being listed in a 公示 that is published (公示管理): never by hand, so every
 * record at 公示 belongs to a published notice.
 */
export const NOTICE_STAGE: Stage = 'publicizing';
/** The stage a record must be at to be listed in a qualification 公示. */
export const NOTICE_FROM_STAGE: Stage = 'recommended';

/** The moves staff make by hand from a stage (the notice's stage excluded). */
export function manualStageMoves(from: Stage): readonly Stage[] {
  return STAGE_TRANSITIONS[from].filter((s) => s !== NOTICE_STAGE);
}
