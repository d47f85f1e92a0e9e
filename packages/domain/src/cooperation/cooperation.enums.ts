// 院地院企合作: the states of agreements and projects, the local signatory, and the dictionaries the module reads.
// The kinds themselves (partner kinds, agreement types, fields, output kinds) are dictionary rows, not literals.

/** 合作协议 status: 签订 → 执行中 → 到期 | 终止. */
export const AGREEMENT_STATES = ['signed', 'executing', 'expired', 'terminated'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];
export const AGREEMENT_STATE_LABELS: Record<AgreementState, string> = {
  signed: '签订',
  executing: '执行中',
  expired: '到期',
  terminated: '终止',
};

/** 合作项目 status: 签约 → 实施中 → 已结题 | 终止. */
export const COOP_PROJECT_STATES = ['signed', 'in_progress', 'concluded', 'terminated'] as const;
export type CoopProjectState = (typeof COOP_PROJECT_STATES)[number];
export const COOP_PROJECT_STATE_LABELS: Record<CoopProjectState, string> = {
  signed: '签约',
  in_progress: '实施中',
  concluded: '已结题',
  terminated: '终止',
};

/** The local signatory of an agreement: the county government or the bureau (or none, enterprise ↔ partner). */
export const GOV_PARTIES = ['county_government', 'bureau'] as const;
export type GovParty = (typeof GOV_PARTIES)[number];
export const GOV_PARTY_LABELS: Record<GovParty, string> = {
  county_government: '县人民政府',
  bureau: '县科技局',
};

/** The parties who put money into a cooperation project (the fact `cooperation.project-money` is by party). */
export const MONEY_PARTIES = ['enterprise', 'partner', 'government'] as const;
export type MoneyParty = (typeof MONEY_PARTIES)[number];
export const MONEY_PARTY_LABELS: Record<MoneyParty, string> = {
  enterprise: '企业投入',
  partner: '合作院所投入',
  government: '政府资金',
};

/** The module's dictionaries (dict_type codes), filled by its migration and editable by the administrator. */
export const COOPERATION_DICTS = {
  partnerKind: 'cooperation_partner_kind',
  agreementType: 'cooperation_agreement_type',
  field: 'cooperation_field',
  outputKind: 'cooperation_output_kind',
} as const;

/** The setting (sys_param) of how many days before an agreement's end its region's staff are reminded. */
export const AGREEMENT_REMIND_PARAM = 'cooperation.agreement_remind_days';

/** The unit an output kind is counted in (people trained in 人); any other kind counts 项. */
export const OUTPUT_KIND_UNITS: Record<string, '人' | '项'> = { talent: '人' };
