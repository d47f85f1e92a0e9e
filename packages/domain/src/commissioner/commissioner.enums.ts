/**
 * 科技特派员 (docs/rules.md §5.1): levels, 职称 levels, states and the dictionaries the roster's field and sending
 * unit kind come from (rows added by the module's migration; staff may add items through 字典管理).
 */
export const COMMISSIONER_FIELD_DICT = 'commissioner_field';
export const COMMISSIONER_UNIT_KIND_DICT = 'commissioner_unit_kind';

/**
 * The 服务领域 and 派出单位 kinds the migration writes into their dictionaries; value and label are the same Chinese
 * word, so the level rules' excluded kinds (stored as words) compare with the stored kind directly.
 */
export const COMMISSIONER_FIELDS = [
  '种植业',
  '畜牧养殖',
  '马铃薯产业',
  '中药材',
  '果蔬',
  '农产品加工',
  '农业机械',
  '生态环保',
  '工业制造',
  '其他',
] as const;
export const COMMISSIONER_UNIT_KINDS = ['高校', '科研院所', '企业', '事业单位', '党政机关', '参公事业单位'] as const;

export const COMMISSIONER_LEVELS = ['province', 'city', 'county'] as const;
export type CommissionerLevel = (typeof COMMISSIONER_LEVELS)[number];
export const COMMISSIONER_LEVEL_LABELS: Record<CommissionerLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
};

/** 职称 levels, lowest first: the order eligibility compares by. */
export const TITLE_LEVELS = ['无', '初级', '中级', '副高', '正高'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export const GENDERS = ['男', '女'] as const;

export const COMMISSIONER_STATES = [
  'applied',
  'recommended',
  'reviewed',
  'publicised',
  'appointed',
  'expired',
  'dismissed',
] as const;
export type CommissionerState = (typeof COMMISSIONER_STATES)[number];
export const COMMISSIONER_STATE_LABELS: Record<CommissionerState, string> = {
  applied: '已申请',
  recommended: '单位已推荐',
  reviewed: '县级已审核',
  publicised: '公示中',
  appointed: '已聘任',
  expired: '期满',
  dismissed: '已解聘',
};

/** 三方协议: the kinds of a service object that is not an enterprise of the register, and the agreement states. */
export const COMMISSIONER_AGREEMENT_OBJECT_KINDS = ['企业', '合作社', '示范基地', '村集体', '其他'] as const;
export type CommissionerAgreementObjectKind = (typeof COMMISSIONER_AGREEMENT_OBJECT_KINDS)[number];
export const COMMISSIONER_AGREEMENT_STATES = ['active', 'terminated'] as const;
export type CommissionerAgreementState = (typeof COMMISSIONER_AGREEMENT_STATES)[number];
export const COMMISSIONER_AGREEMENT_STATE_LABELS: Record<CommissionerAgreementState, string> = {
  active: '有效',
  terminated: '终止',
};
