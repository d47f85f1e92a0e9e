import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** 合作单位: a university, research institute or enterprise the county works with (often outside the county). */
export interface CooperationPartnerTable extends Tracked {
  id: Generated<number>;
  name: string;
  /** Dictionary cooperation_partner_kind. */
  kind: string;
  province: string | null;
  city: string | null;
  address: string | null;
  contact_name: string | null;
  /** Personal data: masked in lists and exports (docs/rules.md §6.4). */
  contact_phone: string | null;
  remark: string | null;
}

/** 合作协议: signed by the county government or the bureau, an enterprise of the register and/or a partner. */
export interface CooperationAgreementTable extends Tracked {
  id: Generated<number>;
  title: string;
  /** Dictionary cooperation_agreement_type. */
  type: string;
  /** GovParty, or null when an enterprise signs with a partner alone. */
  gov_party: string | null;
  enterprise_id: number | null;
  partner_id: number | null;
  signed_on: string;
  end_on: string;
  scope: string | null;
  /** AgreementState. */
  status: Generated<string>;
  /** The day it expired or was terminated, and why it was terminated. */
  ended_on: string | null;
  end_reason: string | null;
  remark: string | null;
}

/** 合作项目: an enterprise of the register with a partner institution. Money in 元 by party, numeric(18,2). */
export interface CooperationProjectTable extends Tracked {
  id: Generated<number>;
  name: string;
  enterprise_id: number;
  partner_id: number;
  agreement_id: number | null;
  /** Dictionary cooperation_field. */
  field: string;
  start_on: string;
  end_on: string;
  enterprise_amount: string | null;
  partner_amount: string | null;
  government_amount: string | null;
  content: string | null;
  /** CoopProjectState. */
  status: Generated<string>;
  ended_on: string | null;
  end_reason: string | null;
  remark: string | null;
}

/** A project's milestone (里程碑). */
export interface CooperationMilestoneTable {
  id: Generated<number>;
  project_id: number;
  region_code: string;
  title: string;
  planned_on: string;
  actual_on: string | null;
  done: Generated<boolean>;
  note: string | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

/** A project's output (合作成果): kind, title, count; linked to its 科技成果 registration when there is one. */
export interface CooperationOutputTable {
  id: Generated<number>;
  project_id: number;
  region_code: string;
  /** Dictionary cooperation_output_kind. */
  kind: string;
  title: string;
  count: number;
  achieved_on: string;
  /** The achievement module's record (科技成果登记), when the output was registered there. */
  achievement_id: number | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** The state history of agreements and projects: one row per move (and one for the record's start). */
export interface CooperationHistoryTable {
  id: Generated<number>;
  region_code: string;
  subject: 'agreement' | 'project';
  subject_id: number;
  from_state: string | null;
  to_state: string;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  reason: string | null;
}

/** The cooperation module's tables. */
export interface CooperationTables {
  cooperation_partner: CooperationPartnerTable;
  cooperation_agreement: CooperationAgreementTable;
  cooperation_project: CooperationProjectTable;
  cooperation_milestone: CooperationMilestoneTable;
  cooperation_output: CooperationOutputTable;
  cooperation_history: CooperationHistoryTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends CooperationTables {}
}
