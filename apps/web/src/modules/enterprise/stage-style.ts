import type { Stage, Tier } from '@kechuang/domain';

/** Tag colour per stage: blue while in progress, gold in 公示, green once certified, red/grey when it ended badly. */
export const STAGE_COLOR: Record<Stage, string> = {
  cultivating: 'cyan',
  applying: 'blue',
  recommended: 'geekblue',
  publicizing: 'gold',
  certified: 'green',
  rejected: 'red',
  expired: 'default',
  revoked: 'volcano',
};

/** The short names staff use on the ladder (科小, 高企 …); full names stay in TIER_LABELS for forms and tooltips. */
export const TIER_SHORT: Record<Tier, string> = {
  tech_sme: '科小',
  provincial_innovative: '省创新型',
  high_tech: '高企',
  little_giant: '小巨人',
};
