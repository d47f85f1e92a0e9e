import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/**
 * One 科技特派员 appointment (docs/rules.md §5.1): the person, the sending unit, level (province/city/county), batch,
 * term and status. `id_number_sealed` holds the sealed ID number (platform/crypto/personal-data.ts), never plain.
 */
export interface CommissionerTable extends Tracked {
  id: Generated<number>;
  /** The linked login (role commissioner), when the person has one. */
  user_id: number | null;
  name: string;
  /** 男 / 女 */
  gender: string;
  birth_date: string;
  id_number_sealed: string;
  /** Keyed digest of the normalised ID number (`personalData().digest`): duplicates without decrypting. */
  id_number_digest: string;
  phone: string | null;
  education: string | null;
  /** 职称, e.g. 高级农艺师 */
  title: string | null;
  /** 正高 / 副高 / 中级 / 初级 / 无 */
  title_level: string;
  speciality: string | null;
  /** 服务领域 (dictionary) */
  field: string | null;
  /** 派出单位 and its kind (高校, 科研院所, 企业, 事业单位, 党政机关, 参公事业单位 …) */
  unit_name: string;
  unit_kind: string;
  unit_enterprise_id: number | null;
  /** province / city / county */
  level: string;
  /** 批次, e.g. 第七批 */
  batch: string;
  term_start: string;
  term_end: string;
  /** 科技特派团 */
  team_name: string | null;
  /** applied → recommended → reviewed → publicised → appointed → expired / dismissed */
  status: Generated<string>;
  /** Why it was 解聘 (the history keeps every move's reason). */
  status_reason: string | null;
  appointed_on: string | null;
  /** Staff's reason for appointing despite a failed eligibility rule. */
  eligibility_override: string | null;
  remark: string | null;
}

/** Eligibility and duty of a level (docs/rules.md §5.1), as data the bureau may change. */
export interface CommissionerLevelRuleTable {
  /** province / city / county */
  level: string;
  max_age: number | null;
  /** The lowest 职称 level admitted: 正高 / 副高 / 中级 / 初级, or null for none. */
  min_title_level: string | null;
  /** 派出单位 kinds that may not apply (党政机关, 参公事业单位). */
  excluded_unit_kinds: string[];
  /** Grassroots service days a year. */
  min_service_days: number;
  term_years: number;
  /** Where the values come from, shown with every eligibility explanation. */
  source: string;
  updated_at: Generated<Date>;
  updated_by: number | null;
  version: Generated<number>;
}

/** One status move of a commissioner (docs/rules.md §5.1 procedure). */
export interface CommissionerHistoryTable {
  id: Generated<number>;
  commissioner_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  on_date: string;
  reason: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: Generated<Date>;
}

/** 三方协议: commissioner, service object (an enterprise of the register, or a named entity) and the bureau. */
export interface CommissionerAgreementTable extends Tracked {
  id: Generated<number>;
  commissioner_id: number;
  enterprise_id: number | null;
  /** The enterprise's name when it is one, else the entity's. */
  object_name: string;
  /** 企业 / 合作社 / 示范基地 / 村集体 / 其他 */
  object_kind: string;
  service_days: number;
  tasks: string;
  start_on: string;
  end_on: string;
  /** active (有效) / terminated (终止) */
  status: Generated<string>;
  terminated_on: string | null;
  terminate_reason: string | null;
}

/** The commissioner module's tables. */
export interface CommissionerTables {
  commissioner_history: CommissionerHistoryTable;
  commissioner_agreement: CommissionerAgreementTable;
  commissioner: CommissionerTable;
  commissioner_level_rule: CommissionerLevelRuleTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends CommissionerTables {}
}
