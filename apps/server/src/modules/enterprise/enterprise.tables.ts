import type { ColumnType, Generated } from 'kysely';
import type { Json, Tracked } from '../../platform/db/schema';

export interface EnterpriseTable extends Tracked {
  id: Generated<number>;
  township_code: string | null;
  name: string;
  /** 'enterprise' (企业), 'institution' (事业单位/科研院所), 'school' (学校): the register holds every 企事业单位 the bureau serves. */
  unit_kind: Generated<string>;
  name_initials: string;
  name_pinyin: string;
  credit_code: string;
  credit_code_override: string | null;
  industry_code: string | null;
  hightech_domain: string | null;
  founded_on: string | null;
  address: string | null;
  legal_representative: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  /** 经营范围, kept by the enterprise itself. */
  business_scope: Generated<string | null>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  /** Tiers with any qualification record, sorted; derived — written only by refreshQualificationTiers. */
  qualification_tiers: ColumnType<string[], string[] | undefined, string[]>;
}

export interface EnterpriseYearlyTable extends Tracked {
  id: Generated<number>;
  enterprise_id: number;
  year: number;
  staff_total: number | null;
  tech_staff: number | null;
  revenue: string | null;
  cost_total: string | null;
  rd_expense: string | null;
  rd_domestic: string | null;
  hightech_income: string | null;
  total_income: string | null;
  net_assets: string | null;
  total_assets: string | null;
  ip_class1: number | null;
  ip_class2: number | null;
}

export interface QualificationTable extends Tracked {
  id: Generated<number>;
  enterprise_id: number;
  tier: string;
  year: number;
  batch: string | null;
  stage: string;
  certificate_no: string | null;
  applied_on: string | null;
  certified_on: string | null;
  valid_until: string | null;
  remark: string | null;
  /** The published 公示 that moved the record to 公示 (publish-notice.ts). */
  notice_id: Generated<number | null>;
}

export interface EnterpriseEventTable {
  id: Generated<number>;
  enterprise_id: number;
  region_code: string;
  at: Generated<Date>;
  module: string;
  kind: string;
  title: string;
  detail: string | null;
  actor_id: number | null;
  actor_name: string | null;
  ref_type: string | null;
  ref_id: number | null;
}

export interface PublicNoticeTable extends Tracked {
  id: Generated<number>;
  title: string;
  kind: string;
  basis: string;
  start_date: string;
  working_days: number;
  end_date: string;
  status: Generated<string>;
  contact: string | null;
  supervision_phone: string | null;
  issuer: string;
  items: Json;
  /** The qualification records a qualification 公示 lists (publishing moves them to 公示); empty for other kinds. */
  qualification_ids: Generated<number[]>;
}

/** The enterprise module's tables. */
export interface EnterpriseTables {
  enterprise: EnterpriseTable;
  enterprise_yearly: EnterpriseYearlyTable;
  qualification: QualificationTable;
  enterprise_event: EnterpriseEventTable;
  public_notice: PublicNoticeTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends EnterpriseTables {}
}
