import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** One 科技特派员 record: region, created/updated stamps and version come from `Tracked` (docs/architecture.md §3.1). */
export interface CommissionerRecordTable extends Tracked {
  id: Generated<number>;
  name: string;
  /** 登记日期 'YYYY-MM-DD': the business date the report facts count by. */
  recorded_on: string;
  /** 金额 in 元, numeric(18,2), read as exact decimal text. */
  amount: string | null;
  remark: string | null;
}

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

/** The commissioner module's tables. */
export interface CommissionerTables {
  commissioner_record: CommissionerRecordTable;
  commissioner: CommissionerTable;
  commissioner_level_rule: CommissionerLevelRuleTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends CommissionerTables {}
}
