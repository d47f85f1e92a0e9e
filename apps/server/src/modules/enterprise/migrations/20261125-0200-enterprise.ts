import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/** The enterprise register, yearly figures, qualification records, the cross-module timeline and 公示 notices. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table enterprise (
      id serial primary key,
      region_code varchar(6) not null,
      township_code varchar(12),
      name varchar(100) not null,
      unit_kind varchar(20) not null default 'enterprise',
      name_initials varchar(100) not null,
      name_pinyin varchar(400) not null,
      credit_code varchar(18) not null,
      credit_code_override varchar(200),
      industry_code varchar(5),
      hightech_domain varchar(6),
      founded_on date,
      address varchar(200),
      legal_representative varchar(30),
      contact_name varchar(30),
      contact_phone varchar(20),
      tags text[] not null default '{}',
      ${tracked}
    )`.execute(db);
  // Credit codes are unique nationwide; the key also carries region_code so the table stays Citus-ready.
  await sql`create unique index enterprise_credit_code_uq on enterprise (credit_code)`.execute(db);
  await sql`create index enterprise_region_idx on enterprise (region_code text_pattern_ops, id)`.execute(db);
  await sql`create index enterprise_industry_region_idx on enterprise (industry_code, region_code text_pattern_ops)`.execute(
    db,
  );
  await sql`create index enterprise_initials_idx on enterprise (name_initials text_pattern_ops)`.execute(db);
  await sql`create index enterprise_tags_idx on enterprise using gin (tags)`.execute(db);

  await sql`
    create table enterprise_yearly (
      id serial primary key,
      enterprise_id integer not null references enterprise(id),
      region_code varchar(6) not null,
      year smallint not null,
      staff_total integer,
      tech_staff integer,
      revenue numeric(18,2),
      cost_total numeric(18,2),
      rd_expense numeric(18,2),
      rd_domestic numeric(18,2),
      hightech_income numeric(18,2),
      total_income numeric(18,2),
      net_assets numeric(18,2),
      total_assets numeric(18,2),
      ip_class1 integer,
      ip_class2 integer,
      ${tracked},
      unique (enterprise_id, year)
    )`.execute(db);

  await sql`
    create table qualification (
      id serial primary key,
      enterprise_id integer not null references enterprise(id),
      region_code varchar(6) not null,
      tier varchar(30) not null,
      year smallint not null,
      batch varchar(30),
      stage varchar(20) not null,
      certificate_no varchar(40),
      applied_on date,
      certified_on date,
      valid_until date,
      remark varchar(500),
      ${tracked}
    )`.execute(db);
  await sql`create index qualification_enterprise_idx on qualification (enterprise_id)`.execute(db);
  await sql`create index qualification_tier_idx on qualification (tier, stage, region_code text_pattern_ops)`.execute(
    db,
  );

  await sql`
    create table enterprise_event (
      id serial primary key,
      enterprise_id integer not null references enterprise(id),
      region_code varchar(6) not null,
      at timestamptz not null default now(),
      module varchar(20) not null,
      kind varchar(40) not null,
      title varchar(200) not null,
      detail varchar(1000),
      actor_id integer,
      actor_name varchar(64),
      ref_type varchar(30),
      ref_id integer
    )`.execute(db);
  await sql`create index enterprise_event_idx on enterprise_event (enterprise_id, at desc)`.execute(db);

  await sql`
    create table public_notice (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(200) not null,
      kind varchar(30) not null,
      basis text not null,
      start_date date not null,
      working_days smallint not null,
      end_date date not null,
      status varchar(20) not null default 'draft',
      contact varchar(100),
      supervision_phone varchar(30),
      issuer varchar(100) not null,
      items jsonb not null default '[]',
      ${tracked}
    )`.execute(db);
  await grantEnterprisePermissions(db);
}

/** Grants the enterprise module's permissions to the business roles. */
export async function grantEnterprisePermissions(db: Kysely<unknown>): Promise<void> {
  await grantPermissions(db, 'staff', [
    'enterprise:read',
    'enterprise:write',
    'enterprise:import',
    'qualification:write',
    'notice:manage',
  ]);
  await grantPermissions(db, 'leader', ['enterprise:read']);
  await grantPermissions(db, 'enterprise', ['enterprise:self']);
}
