import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * The work report: templates (versioned), generated reports (drafts and final versions with their hash), the short
 * names staff set and the redaction lists. The default template is inserted when the app first asks for templates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_template (
      id serial primary key,
      name varchar(50) not null,
      version integer not null,
      body jsonb not null,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`
    create table report_template_version (
      template_id integer not null references report_template(id),
      version integer not null,
      body jsonb not null,
      created_at timestamptz not null default now(),
      created_by integer,
      primary key (template_id, version)
    )`.execute(db);
  await sql`
    create table report (
      id serial primary key,
      region_code varchar(6) not null,
      period varchar(6) not null,
      template_id integer not null references report_template(id),
      template_version integer not null,
      report_version integer not null,
      status varchar(10) not null check (status in ('draft', 'final')),
      document jsonb not null,
      changes jsonb not null default '[]',
      indicators jsonb not null default '[]',
      final_hash char(64),
      finalised_by varchar(50),
      finalised_at timestamptz,
      previous_id integer references report(id),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index report_region_idx on report (region_code text_pattern_ops, period)`.execute(db);
  await sql`
    create table report_short_name (
      name varchar(200) primary key,
      short_name varchar(50) not null,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await sql`
    create table report_redaction (
      region_code varchar(6) primary key,
      settings jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  await grantPermissions(db, 'staff', ['report:read', 'report:write', 'report:template']);
  await grantPermissions(db, 'leader', ['report:read', 'report:write']);
}
