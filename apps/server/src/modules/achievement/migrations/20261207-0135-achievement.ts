import { sql, type Kysely } from 'kysely';
import { ACHIEVEMENT_DICTS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * 科技成果登记 (docs/rules.md §5.3): the registrations, their evidence files and their moves; the 批准登记号 unique
 * (docs/rules.md §4.4); the form's code lists as dictionaries; the module's permissions granted to staff, leaders
 * and enterprise users (a fresh database already gets them from DEFAULT_ROLE_PERMISSIONS).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table achievement (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      category varchar(20) not null,
      enterprise_id integer references enterprise(id),
      first_unit_name varchar(200) not null,
      other_units jsonb not null default '[]',
      completers jsonb not null,
      research_start char(7) not null,
      research_end char(7) not null,
      attribute varchar(20) not null,
      keywords jsonb not null,
      level varchar(30) not null,
      stage varchar(20) not null,
      evaluation varchar(20) not null,
      intellectual_property varchar(500),
      abstract text not null,
      status varchar(20) not null default 'draft',
      submitted_at timestamptz,
      registration_no varchar(12),
      registered_on date,
      ${tracked},
      check (research_end >= research_start),
      check ((status in ('registered', 'revoked')) = (registration_no is not null and registered_on is not null))
    )`.execute(db);
  await sql`create unique index achievement_registration_no_uq on achievement (registration_no)`.execute(db);
  await sql`create index achievement_region_idx on achievement (region_code text_pattern_ops, registered_on)`.execute(
    db,
  );
  await sql`create index achievement_enterprise_idx on achievement (enterprise_id)`.execute(db);

  await sql`
    create table achievement_file (
      id serial primary key,
      region_code varchar(6) not null,
      achievement_id integer not null references achievement(id),
      kind varchar(20) not null,
      file_name varchar(255) not null,
      mime_type varchar(100) not null,
      size_bytes integer not null,
      sha256 char(64) not null,
      storage_key uuid not null unique,
      ${tracked}
    )`.execute(db);
  await sql`create index achievement_file_owner_idx on achievement_file (achievement_id)`.execute(db);

  await sql`
    create table achievement_transition (
      id serial primary key,
      region_code varchar(6) not null,
      achievement_id integer not null references achievement(id),
      from_state varchar(20),
      to_state varchar(20) not null,
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(100),
      on_behalf boolean not null default false,
      comment varchar(500)
    )`.execute(db);
  await sql`create index achievement_transition_idx on achievement_transition (achievement_id, id)`.execute(db);

  for (const [code, { name, labels }] of Object.entries(ACHIEVEMENT_DICTS)) await addDict(db, code, name, labels);
  await grantPermissions(db, 'staff', ['achievement:read', 'achievement:write', 'achievement:import']);
  await grantPermissions(db, 'leader', ['achievement:read']);
  await grantPermissions(db, 'enterprise', ['achievement:self']);
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
