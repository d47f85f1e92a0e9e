import { sql, type Kysely } from 'kysely';
import { APPLICATION_STATE_LABELS, FUNDING_KIND_LABELS, OUTLIER_RULE_LABELS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/** Project calls, the reserve, applications with their transitions and files, expert review and the funding ledger. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table project_call (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(200) not null,
      category varchar(40) not null,
      level varchar(20) not null,
      year smallint not null,
      opens_at timestamptz not null,
      closes_at timestamptz not null,
      status varchar(20) not null default 'draft',
      guide text not null default '',
      form jsonb not null default '[]',
      criteria jsonb not null default '[]',
      min_experts smallint not null default 3,
      outlier_rule varchar(20) not null default 'none',
      outlier_sd numeric(4,2),
      ranking_confirmed_at timestamptz,
      ranking_confirmed_by integer,
      ranking_snapshot jsonb,
      ${tracked},
      check (closes_at > opens_at)
    )`.execute(db);
  await sql`create index project_call_region_idx on project_call (region_code text_pattern_ops, year)`.execute(db);
  await sql`create index project_call_closes_idx on project_call (closes_at)`.execute(db);

  await sql`
    create table project_reserve (
      id serial primary key,
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      title varchar(200) not null,
      category varchar(40) not null,
      planned_year smallint not null,
      summary text,
      estimated_amount numeric(18,2),
      contact varchar(60),
      status varchar(20) not null default 'planned',
      application_id integer,
      ${tracked}
    )`.execute(db);
  await sql`create index project_reserve_region_idx on project_reserve (region_code text_pattern_ops, planned_year)`.execute(
    db,
  );

  await sql`
    create table project_application (
      id serial primary key,
      region_code varchar(6) not null,
      call_id integer not null references project_call(id),
      enterprise_id integer not null references enterprise(id),
      reserve_id integer references project_reserve(id),
      title varchar(200) not null,
      state varchar(20) not null default 'draft',
      data jsonb not null default '{}',
      requested_amount numeric(18,2),
      approved_amount numeric(18,2),
      project_no varchar(40),
      starts_on date,
      ends_on date,
      midterm_due_on date,
      submitted_at timestamptz,
      ${tracked}
    )`.execute(db);
  await sql`create index project_application_call_idx on project_application (call_id, state)`.execute(db);
  await sql`create index project_application_enterprise_idx on project_application (enterprise_id)`.execute(db);
  await sql`create index project_application_region_idx on project_application (region_code text_pattern_ops, state)`.execute(
    db,
  );

  await sql`
    create table project_transition (
      id serial primary key,
      region_code varchar(6) not null,
      application_id integer not null references project_application(id),
      from_state varchar(20) not null,
      to_state varchar(20) not null,
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(64),
      on_behalf boolean not null default false,
      comment varchar(2000),
      visibility varchar(10) not null default 'internal'
    )`.execute(db);
  await sql`create index project_transition_app_idx on project_transition (application_id, at)`.execute(db);

  await sql`
    create table project_file (
      id serial primary key,
      region_code varchar(6) not null,
      owner_type varchar(20) not null,
      owner_id integer not null,
      slot varchar(40) not null,
      file_name varchar(255) not null,
      mime_type varchar(100) not null,
      size_bytes integer not null,
      sha256 char(64) not null,
      storage_key uuid not null,
      ${tracked}
    )`.execute(db);
  await sql`create unique index project_file_key_uq on project_file (region_code, storage_key)`.execute(db);
  await sql`create index project_file_owner_idx on project_file (owner_type, owner_id)`.execute(db);

  await sql`
    create table expert_profile (
      user_id integer primary key references app_user(id),
      region_code varchar(12) not null,
      name varchar(30) not null,
      title varchar(40),
      employer_credit_code varchar(18),
      employer_name varchar(100),
      fields text[] not null default '{}',
      conflicts jsonb not null default '[]',
      ${tracked}
    )`.execute(db);

  await sql`
    create table review_assignment (
      id serial primary key,
      region_code varchar(6) not null,
      application_id integer not null references project_application(id),
      expert_id integer not null references app_user(id),
      status varchar(20) not null default 'assigned',
      scores jsonb not null default '{}',
      comment varchar(2000),
      submitted_at timestamptz,
      ${tracked},
      unique (region_code, application_id, expert_id)
    )`.execute(db);
  await sql`create index review_assignment_expert_idx on review_assignment (expert_id, status)`.execute(db);
  await sql`create index review_assignment_app_idx on review_assignment (application_id)`.execute(db);

  await sql`
    create table funding_record (
      id serial primary key,
      region_code varchar(6) not null,
      application_id integer not null references project_application(id),
      kind varchar(20) not null,
      source_level varchar(20),
      amount numeric(18,2) not null check (amount > 0),
      occurred_on date not null,
      voucher_no varchar(60),
      document_no varchar(100),
      remark varchar(500),
      ${tracked}
    )`.execute(db);
  await sql`create index funding_record_period_idx on funding_record (occurred_on, region_code text_pattern_ops)`.execute(
    db,
  );
  await sql`create index funding_record_app_idx on funding_record (application_id)`.execute(db);

  await addDict(db, 'project_application_state', '项目申报状态', APPLICATION_STATE_LABELS);
  await addDict(db, 'funding_kind', '资金记录类型', FUNDING_KIND_LABELS);
  await addDict(db, 'review_outlier_rule', '评审异常分处理规则', OUTLIER_RULE_LABELS);
  await grantPermissions(db, 'staff', [
    'project:read',
    'project:write',
    'expert:manage',
    'funding:read',
    'funding:write',
  ]);
  await grantPermissions(db, 'leader', ['project:read', 'project:confirm', 'funding:read']);
  await grantPermissions(db, 'enterprise', ['project:apply']);
  await grantPermissions(db, 'expert', ['project:review']);
}

async function addDict(db: Kysely<unknown>, code: string, name: string, labels: Record<string, string>): Promise<void> {
  const exists = await sql`select 1 from dict_type where code = ${code}`.execute(db);
  if (exists.rows.length > 0) return;
  await sql`insert into dict_type (code, name, builtin) values (${code}, ${name}, true)`.execute(db);
  let sort = 0;
  for (const [value, label] of Object.entries(labels)) {
    await sql`insert into dict_item (type_code, value, label, sort) values (${code}, ${value}, ${label}, ${sort++})`.execute(
      db,
    );
  }
}
