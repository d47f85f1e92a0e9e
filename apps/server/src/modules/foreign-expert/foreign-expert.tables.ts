import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/**
 * One foreign expert's profile (docs/rules.md §5.7). The passport number is sealed (platform/crypto/personal-data.ts)
 * with a keyed digest for duplicates and its mask for lists; it is never stored plain.
 */
export interface ForeignExpertTable extends Tracked {
  id: Generated<number>;
  name: string;
  name_zh: string | null;
  /** A value of the `foreign_expert_country` dictionary (ISO 3166-1 alpha-2). */
  country: string;
  field: string;
  employer: string | null;
  passport_sealed: string;
  passport_digest: string;
  /** `maskPassport` of the number, kept so lists need not open the seal. */
  passport_masked: string;
  phone: string | null;
  email: string | null;
  /** 外国人来华工作许可 number, when the expert holds one. */
  work_permit_no: string | null;
  /** The 引智基地 (a tech_platform of kind talent_base) the expert works with. */
  talent_base_id: number | null;
  remark: string | null;
}

/** A visit or guidance stay: dates, what was done, what came of it, and its 引智基地. */
export interface ForeignExpertVisitTable extends Tracked {
  id: Generated<number>;
  start_on: string;
  end_on: string;
  topics: string;
  results: string | null;
  talent_base_id: number | null;
}

export interface ForeignExpertVisitExpertTable {
  visit_id: number;
  expert_id: number;
}

export interface ForeignExpertVisitEnterpriseTable {
  visit_id: number;
  enterprise_id: number;
}

/** The foreign-expert module's tables. */
export interface ForeignExpertTables {
  foreign_expert: ForeignExpertTable;
  foreign_expert_visit: ForeignExpertVisitTable;
  foreign_expert_visit_expert: ForeignExpertVisitExpertTable;
  foreign_expert_visit_enterprise: ForeignExpertVisitEnterpriseTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends ForeignExpertTables {}
}
