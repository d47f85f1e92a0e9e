/**
 * 创新平台: the dictionaries a platform's kind and level come from (rows added by the module's migration; staff may
 * add kinds through 字典管理), the kinds the module itself gives behaviour to, and the platform's states.
 */
export const TECH_PLATFORM_KIND_DICT = 'tech_platform_kind';
export const TECH_PLATFORM_LEVEL_DICT = 'tech_platform_level';

/** The kinds the migration writes into the `tech_platform_kind` dictionary (value → label), in menu order. */
export const TECH_PLATFORM_KINDS = {
  incubator: '科技企业孵化器',
  makerspace: '众创空间',
  star_space: '星创天地',
  rd_center: '工程技术研究中心/企业研发中心',
  key_lab: '重点实验室',
  new_rd_institute: '新型研发机构',
  alliance: '产业技术创新联盟',
  talent_base: '引智基地',
  popsci_base: '科普基地',
  tech_transfer: '技术转移示范机构',
} as const;

/** The levels the migration writes into the `tech_platform_level` dictionary. */
export const TECH_PLATFORM_LEVELS = { national: '国家', provincial: '省', city: '市', county: '县' } as const;

/**
 * Kinds that incubate enterprises (docs/rules.md §5.4: the 孵化器 办法 covers 众创空间; 星创天地 are the rural
 * 众创空间): they keep a roster of incubatees, graduations, and the change reports of §5.4.
 */
export const INCUBATION_KINDS: readonly string[] = ['incubator', 'makerspace', 'star_space'];
/** The kind whose member units are kept (产业技术创新联盟). */
export const ALLIANCE_KIND = 'alliance';

export const isIncubationKind = (kind: string) => INCUBATION_KINDS.includes(kind);

export const TECH_PLATFORM_STATES = ['preparing', 'building', 'recognized', 'delisted', 'revoked'] as const;
export type TechPlatformState = (typeof TECH_PLATFORM_STATES)[number];

export const TECH_PLATFORM_STATE_LABELS: Record<TechPlatformState, string> = {
  preparing: '筹备',
  building: '建设中',
  recognized: '已认定',
  delisted: '摘牌',
  revoked: '撤销',
};

/** The states a platform may be registered in directly (an existing platform entered after the fact). */
export const TECH_PLATFORM_INITIAL_STATES = ['preparing', 'building', 'recognized'] as const;
