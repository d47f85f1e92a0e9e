import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

/** Columns every business table carries (GUIDE.md §3 Data). */
export interface Tracked {
  region_code: string;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  version: Generated<number>;
}

export interface AppUserTable extends Tracked {
  id: Generated<number>;
  username: string;
  display_name: string;
  phone: string | null;
  password_hash: string;
  enterprise_id: number | null;
  status: Generated<'active' | 'disabled'>;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp | null;
  failed_count: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
}

export interface RoleTable {
  code: string;
  name: string;
  data_scope: 'region' | 'own-enterprise' | 'assigned' | 'none';
  permissions: Json;
  sort: number;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface UserRoleTable {
  user_id: number;
  role_code: string;
}

export interface UserSessionTable {
  id: string;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: number | null;
}

export interface SysParamTable {
  key: string;
  name: string;
  value: string;
  category: 'system' | 'security';
  value_type: 'int' | 'string' | 'boolean';
  min_value: number | null;
  max_value: number | null;
  remark: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface DictTypeTable {
  code: string;
  name: string;
  builtin: Generated<boolean>;
  remark: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface DictItemTable {
  id: Generated<number>;
  type_code: string;
  value: string;
  label: string;
  parent_value: string | null;
  sort: Generated<number>;
  status: Generated<'active' | 'disabled'>;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface IndustryTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
}

export interface AuditLogTable {
  id: ColumnType<number, number, never>;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'success' | 'failure';
  region_code: string | null;
  before: Json;
  after: Json;
  details: Json;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
}

export interface JobTable {
  id: Generated<number>;
  type: string;
  title: string;
  status: Generated<'queued' | 'running' | 'succeeded' | 'failed'>;
  progress: Generated<number>;
  message: string | null;
  payload: Json;
  result: Json;
  created_by: number | null;
  region_code: string | null;
  attempts: Generated<number>;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  heartbeat_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface MessageTable {
  id: Generated<number>;
  user_id: number;
  category: string;
  title: string;
  body: string;
  link: string | null;
  read_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface EnterpriseTable extends Tracked {
  id: Generated<number>;
  township_code: string | null;
  name: string;
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
  tags: ColumnType<string[], string[] | undefined, string[]>;
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
}

/** The Kysely database type: one entry per table. Modules extend it as they add tables. */
export interface DB {
  app_user: AppUserTable;
  role: RoleTable;
  user_role: UserRoleTable;
  user_session: UserSessionTable;
  sys_param: SysParamTable;
  dict_type: DictTypeTable;
  dict_item: DictItemTable;
  region: RegionTable;
  industry: IndustryTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  job: JobTable;
  message: MessageTable;
  enterprise: EnterpriseTable;
  enterprise_yearly: EnterpriseYearlyTable;
  qualification: QualificationTable;
  enterprise_event: EnterpriseEventTable;
  public_notice: PublicNoticeTable;
}

export type UserRow = Selectable<AppUserTable>;
export type NewUser = Insertable<AppUserTable>;
