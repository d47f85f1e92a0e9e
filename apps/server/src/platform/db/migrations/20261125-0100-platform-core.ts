import { sql, type Kysely } from 'kysely';

const tracked = sql.raw(`
  region_code varchar(12) not null,
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/** Accounts, roles, sessions, parameters, dictionaries, code tables, audit trail, jobs and messages. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_user (
      id serial primary key,
      username varchar(32) not null,
      display_name varchar(30) not null,
      phone varchar(20),
      password_hash text not null,
      enterprise_id integer,
      status varchar(10) not null default 'active',
      must_change_password boolean not null default true,
      password_changed_at timestamptz,
      failed_count integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      ${tracked}
    )`.execute(db);
  await sql`create unique index app_user_username_uq on app_user (lower(username))`.execute(db);
  await sql`create index app_user_region_idx on app_user (region_code text_pattern_ops)`.execute(db);

  await sql`
    create table role (
      code varchar(20) primary key,
      name varchar(30) not null,
      data_scope varchar(20) not null,
      permissions jsonb not null default '[]',
      sort integer not null default 0,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`
    create table user_role (
      user_id integer not null references app_user(id),
      role_code varchar(20) not null references role(code),
      primary key (user_id, role_code)
    )`.execute(db);

  await sql`
    create table user_session (
      id uuid primary key,
      token_hash char(64) not null unique,
      user_id integer not null references app_user(id),
      csrf_token varchar(64) not null,
      ip varchar(64),
      user_agent varchar(300),
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_by integer
    )`.execute(db);
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);

  await sql`
    create table sys_param (
      key varchar(64) primary key,
      name varchar(60) not null,
      value varchar(500) not null,
      category varchar(10) not null,
      value_type varchar(10) not null,
      min_value integer,
      max_value integer,
      remark varchar(300),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);

  await sql`
    create table dict_type (
      code varchar(50) primary key,
      name varchar(50) not null,
      builtin boolean not null default false,
      remark varchar(200),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`
    create table dict_item (
      id serial primary key,
      type_code varchar(50) not null references dict_type(code),
      value varchar(50) not null,
      label varchar(100) not null,
      parent_value varchar(50),
      sort integer not null default 0,
      status varchar(10) not null default 'active',
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer,
      unique (type_code, value)
    )`.execute(db);

  await sql`
    create table region (
      code varchar(12) primary key,
      name varchar(50) not null,
      level varchar(10) not null,
      parent_code varchar(12),
      valid_from date not null,
      valid_to date,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`create index region_parent_idx on region (parent_code)`.execute(db);

  await sql`
    create table industry (
      code varchar(5) primary key,
      name varchar(100) not null,
      level smallint not null,
      parent_code varchar(5)
    )`.execute(db);
  await sql`create index industry_parent_idx on industry (parent_code)`.execute(db);

  await sql`
    create table audit_log (
      id bigint primary key,
      at timestamptz not null,
      actor_id integer,
      actor_name varchar(64),
      ip varchar(64),
      action varchar(64) not null,
      object_type varchar(40),
      object_id varchar(64),
      result varchar(10) not null,
      region_code varchar(12),
      before jsonb,
      after jsonb,
      details jsonb,
      prev_hash char(64) not null,
      hash char(64) not null
    )`.execute(db);
  await sql`create sequence audit_log_id_seq owned by audit_log.id`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
  await sql`create index audit_log_action_idx on audit_log (action, at)`.execute(db);
  await sql`create index audit_log_object_idx on audit_log (object_type, object_id)`.execute(db);
  await sql`create table audit_head (id integer primary key, last_id bigint not null, last_hash char(64) not null)`.execute(
    db,
  );
  // Append-only: the application may insert audit rows, never change or remove them.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '审计日志只允许追加，不能修改或删除';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);

  await sql`
    create table job (
      id serial primary key,
      type varchar(50) not null,
      title varchar(100) not null,
      status varchar(10) not null default 'queued',
      progress real not null default 0,
      message varchar(500),
      payload jsonb,
      result jsonb,
      created_by integer,
      region_code varchar(12),
      attempts integer not null default 0,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      heartbeat_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index job_status_idx on job (status, id)`.execute(db);

  await sql`
    create table message (
      id serial primary key,
      user_id integer not null references app_user(id),
      category varchar(20) not null,
      title varchar(100) not null,
      body varchar(2000) not null,
      link varchar(300),
      read_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index message_user_idx on message (user_id, read_at)`.execute(db);
}
