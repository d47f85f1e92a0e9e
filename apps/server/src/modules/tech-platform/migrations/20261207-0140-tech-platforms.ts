import { sql, type Kysely } from 'kysely';
import { TECH_PLATFORM_KINDS, TECH_PLATFORM_LEVELS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * 创新平台: the register (kind and level from dictionaries staff may extend), alliance members, incubatees and their
 * graduations (docs/rules.md §5.4), status history, 变更 entries with their reporting date, attachments; the
 * module's permissions. A fresh database gets the grants from DEFAULT_ROLE_PERMISSIONS; these upgrade an existing one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tech_platform (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      kind varchar(40) not null,
      level varchar(40) not null,
      status varchar(20) not null,
      status_reason varchar(500),
      enterprise_id integer references enterprise(id),
      operator_name varchar(100),
      field varchar(100),
      industry varchar(100),
      address varchar(200),
      site_area numeric(11,2),
      staff_count integer,
      preparing_from date,
      established_on date,
      recognized_on date,
      document_no varchar(100),
      remark varchar(500),
      ${tracked},
      check (enterprise_id is not null or operator_name is not null)
    )`.execute(db);
  await sql`create index tech_platform_region_idx on tech_platform (region_code text_pattern_ops, recognized_on)`.execute(
    db,
  );
  await sql`create index tech_platform_enterprise_idx on tech_platform (enterprise_id)`.execute(db);

  await sql`
    create table tech_platform_member (
      id serial primary key,
      platform_id integer not null references tech_platform(id),
      region_code varchar(6) not null,
      enterprise_id integer references enterprise(id),
      name varchar(100) not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index tech_platform_member_platform_idx on tech_platform_member (platform_id)`.execute(db);
  await sql`create index tech_platform_member_enterprise_idx on tech_platform_member (enterprise_id)`.execute(db);

  await sql`
    create table tech_platform_incubatee (
      id serial primary key,
      platform_id integer not null references tech_platform(id),
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      entered_on date not null,
      graduated_on date,
      criterion varchar(30),
      basis varchar(1000),
      ${tracked}
    )`.execute(db);
  await sql`create index tech_platform_incubatee_platform_idx on tech_platform_incubatee (platform_id)`.execute(db);
  // One stay in incubation at a time per platform and enterprise.
  await sql`create unique index tech_platform_incubatee_open_uq on tech_platform_incubatee (platform_id, enterprise_id) where graduated_on is null`.execute(
    db,
  );

  await sql`
    create table tech_platform_history (
      id serial primary key,
      platform_id integer not null references tech_platform(id),
      region_code varchar(6) not null,
      from_state varchar(20),
      to_state varchar(20) not null,
      on_date date not null,
      reason varchar(500),
      actor_id integer,
      actor_name varchar(50),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index tech_platform_history_platform_idx on tech_platform_history (platform_id)`.execute(db);

  await sql`
    create table tech_platform_change (
      id serial primary key,
      platform_id integer not null references tech_platform(id),
      region_code varchar(6) not null,
      change_type varchar(20) not null,
      changed_on date not null,
      due_on date not null,
      detail varchar(500) not null,
      reported_on date,
      ${tracked}
    )`.execute(db);
  await sql`create index tech_platform_change_open_idx on tech_platform_change (region_code text_pattern_ops, due_on) where reported_on is null`.execute(
    db,
  );

  await sql`
    create table tech_platform_file (
      id serial primary key,
      platform_id integer not null references tech_platform(id),
      region_code varchar(6) not null,
      slot varchar(20) not null,
      file_name varchar(255) not null,
      mime_type varchar(100) not null,
      size_bytes integer not null,
      sha256 char(64) not null,
      storage_key uuid not null,
      ${tracked}
    )`.execute(db);
  await sql`create index tech_platform_file_platform_idx on tech_platform_file (platform_id)`.execute(db);

  await addDict(db, 'tech_platform_kind', '创新平台类别', TECH_PLATFORM_KINDS);
  await addDict(db, 'tech_platform_level', '创新平台级别', TECH_PLATFORM_LEVELS);
  await grantPermissions(db, 'staff', ['tech-platform:read', 'tech-platform:write', 'tech-platform:import']);
  await grantPermissions(db, 'leader', ['tech-platform:read']);
  await grantPermissions(db, 'enterprise', ['tech-platform:self']);
}

async function addDict(db: Kysely<unknown>, code: string, name: string, labels: Record<string, string>): Promise<void> {
  const exists = await sql`select 1 from dict_type where code = ${code}`.execute(db);
  if (exists.rows.length > 0) return;
  // A builtin type (the module gives some kinds behaviour); staff add kinds and levels through 字典管理.
  await sql`insert into dict_type (code, name, builtin) values (${code}, ${name}, true)`.execute(db);
  let sort = 0;
  for (const [value, label] of Object.entries(labels)) {
    await sql`insert into dict_item (type_code, value, label, sort) values (${code}, ${value}, ${label}, ${sort++})`.execute(
      db,
    );
  }
}
