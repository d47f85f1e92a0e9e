import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp, Tracked } from '../../platform/db/schema';

type Numeric = ColumnType<string, string | number, string | number>;
type NullableNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;

export interface ProjectCallTable extends Tracked {
  id: Generated<number>;
  title: string;
  category: string;
  level: string;
  year: number;
  opens_at: Timestamp;
  closes_at: Timestamp;
  status: Generated<string>;
  guide: Generated<string>;
  form: Json;
  criteria: Json;
  min_experts: Generated<number>;
  outlier_rule: Generated<string>;
  outlier_sd: NullableNumeric;
  ranking_confirmed_at: Timestamp | null;
  ranking_confirmed_by: number | null;
  ranking_snapshot: Json;
}

export interface ProjectReserveTable extends Tracked {
  id: Generated<number>;
  enterprise_id: number;
  title: string;
  category: string;
  planned_year: number;
  summary: string | null;
  estimated_amount: NullableNumeric;
  contact: string | null;
  status: Generated<string>;
  application_id: number | null;
}

export interface ProjectApplicationTable extends Tracked {
  id: Generated<number>;
  call_id: number;
  enterprise_id: number;
  reserve_id: number | null;
  title: string;
  state: Generated<string>;
  data: Json;
  requested_amount: NullableNumeric;
  approved_amount: NullableNumeric;
  project_no: string | null;
  starts_on: string | null;
  ends_on: string | null;
  midterm_due_on: string | null;
  submitted_at: Timestamp | null;
}

export interface ProjectTransitionTable {
  id: Generated<number>;
  region_code: string;
  application_id: number;
  from_state: string;
  to_state: string;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  on_behalf: boolean;
  comment: string | null;
  visibility: string;
  /** A 强制变更状态 outside the state machine (project:application:override). */
  override: Generated<boolean>;
  /** Written by the historical project import, not by a move through the states. */
  imported: Generated<boolean>;
}

export interface ProjectFileTable extends Tracked {
  id: Generated<number>;
  owner_type: string;
  owner_id: number;
  slot: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
}

export interface ExpertProfileTable extends Tracked {
  user_id: number;
  name: string;
  title: string | null;
  employer_credit_code: string | null;
  employer_name: string | null;
  fields: ColumnType<string[], string[] | undefined, string[]>;
  conflicts: Json;
}

export interface ReviewAssignmentTable extends Tracked {
  id: Generated<number>;
  application_id: number;
  expert_id: number;
  status: Generated<string>;
  scores: Json;
  comment: string | null;
  submitted_at: Timestamp | null;
}

export interface FundingRecordTable extends Tracked {
  id: Generated<number>;
  application_id: number;
  kind: string;
  source_level: string | null;
  amount: Numeric;
  occurred_on: string;
  voucher_no: string | null;
  document_no: string | null;
  remark: string | null;
}

/** The project module's tables. */
export interface ProjectTables {
  project_call: ProjectCallTable;
  project_reserve: ProjectReserveTable;
  project_application: ProjectApplicationTable;
  project_transition: ProjectTransitionTable;
  project_file: ProjectFileTable;
  expert_profile: ExpertProfileTable;
  review_assignment: ReviewAssignmentTable;
  funding_record: FundingRecordTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends ProjectTables {}
}
