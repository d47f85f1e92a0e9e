import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string | null, string | null>;

/** Columns every business table carries (docs/architecture.md §3.1). */
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
  /** The hash chain the row belongs to: chainOf(region_code), or 'legacy' for rows from before chains were split. */
  chain: string;
  /** The X-Request-Id of the request that wrote the row; not covered by the hash. Null for jobs and older rows. */
  request_id: ColumnType<string | null, string | null | undefined, never>;
}

/** The last row of each audit chain. */
export interface AuditHeadTable {
  chain: string;
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
  /** The process running it: host#pid#instance. */
  runner: string | null;
  /** Set inside the job's own write transaction: its data is in. */
  committed_at: Timestamp | null;
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

export interface StoredFileTable {
  id: string;
  purpose: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_by: number | null;
  region_code: string | null;
  created_at: Generated<Date>;
}

/** A year's 国务院节假日安排 (one row per year), entered by the system administrator from the notice. */
export interface HolidayArrangementTable {
  year: number;
  notice_no: string;
  notice_title: string;
  notice_url: string | null;
  /** HolidayPeriod[]: { name, from, to, workdays }. */
  holidays: Json;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  version: Generated<number>;
}

/** The platform's own tables. */
/** A file attached to a module's record (platform/attachments): owner by type and id, bytes in the file storage. */
export interface AttachmentTable extends Tracked {
  id: Generated<number>;
  /** `<module>.<thing>`, declared by the module (defineAttachmentOwner). */
  owner_type: string;
  owner_id: number;
  /** The owner's slot: photo, scan, material … */
  slot: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
}

/** A request counter in a fixed window (platform/http/rate-limit.ts). */
export interface RateLimitHitTable {
  key: string;
  window_start: Date;
  hits: number;
}

/** An uploaded file's bytes (platform/storage/database-storage.ts). */
export interface FileBlobTable {
  key: string;
  data: Buffer;
  size: number;
  created_at: Generated<Date>;
}

/** Which instance claimed a scheduled job's period (platform/jobs/daily-schedule.ts). */
export interface JobScheduleRunTable {
  job_name: string;
  period_key: string;
  runner: string;
  job_id: number | null;
  claimed_at: Generated<Date>;
}

export interface RecordSetTable {
  token: string;
  ids: number[];
  created_by: number | null;
  created_at: Generated<Date>;
}

/** One account's TOTP secret (sealed); enrolled once a code confirmed it; the last time-step accepted. */
export interface UserTotpTable {
  user_id: number;
  secret_sealed: string;
  enrolled_at: Timestamp | null;
  last_step: number | null;
  created_at: Generated<Date>;
}

/** A one-time recovery code of an account, kept as a keyed digest; used_at once spent. */
export interface UserTotpRecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_digest: string;
  used_at: Timestamp | null;
}

/** A right password waiting for its second factor: the token's hash, the account, and when it lapses. */
export interface SignInChallengeTable {
  token_hash: string;
  user_id: number;
  expires_at: Timestamp;
}

export interface PlatformTables {
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
  stored_file: StoredFileTable;
  holiday_arrangement: HolidayArrangementTable;
  attachment: AttachmentTable;
  rate_limit_hit: RateLimitHitTable;
  record_set: RecordSetTable;
  file_blob: FileBlobTable;
  job_schedule_run: JobScheduleRunTable;
  user_totp: UserTotpTable;
  user_totp_recovery_code: UserTotpRecoveryCodeTable;
  sign_in_challenge: SignInChallengeTable;
}

/**
 * The Kysely database type: the platform's tables here, and each module's added by the module itself, which
 * augments this interface in its `<module>.tables.ts` (`declare module … { interface DB extends XTables {} }`),
 * so the platform names no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- modules extend it by declaration merging
export interface DB extends PlatformTables {}

export type UserRow = Selectable<AppUserTable>;
export type NewUser = Insertable<AppUserTable>;
