import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * 科技特派员: the register's table with the `Tracked` columns (region, who and when, version), an index for the
 * region-scoped list, and the module's permissions granted to staff (all) and leaders (read). A fresh database
 * already gets these grants from DEFAULT_ROLE_PERMISSIONS; the grant here upgrades an existing one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table commissioner_record (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      recorded_on date not null,
      amount numeric(18,2),
      remark varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index commissioner_record_region_idx on commissioner_record (region_code text_pattern_ops, recorded_on)`.execute(
    db,
  );
  // The roster (docs/rules.md §5.1): one row per person per appointment (level and batch). The ID number is sealed
  // (platform/crypto/personal-data.ts) with a keyed digest for duplicates; the account links the person's own login.
  await sql`
    create table commissioner (
      id serial primary key,
      region_code varchar(6) not null,
      user_id integer references app_user(id),
      name varchar(50) not null,
      gender varchar(2) not null,
      birth_date date not null,
      id_number_sealed text not null,
      id_number_digest char(64) not null,
      phone varchar(20),
      education varchar(20),
      title varchar(50),
      title_level varchar(10) not null,
      speciality varchar(100),
      field varchar(50),
      unit_name varchar(200) not null,
      unit_kind varchar(30) not null,
      unit_enterprise_id integer,
      level varchar(10) not null,
      batch varchar(30) not null,
      term_start date not null,
      term_end date not null,
      team_name varchar(100),
      status varchar(20) not null default 'applied',
      appointed_on date,
      eligibility_override text,
      remark varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1,
      check (term_end >= term_start)
    )`.execute(db);
  // Eligibility and duty by level as data (docs/rules.md §5.1): the province row is 甘科农函〔2025〕94号; the city and
  // county rows are the bureau's settings (no published rule found, docs/rules.md §7), editable by staff.
  await sql`
    create table commissioner_level_rule (
      level varchar(10) primary key,
      max_age integer,
      min_title_level varchar(10),
      excluded_unit_kinds text[] not null default '{}',
      min_service_days integer not null check (min_service_days between 0 and 366),
      term_years integer not null check (term_years between 1 and 10),
      source text not null,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`
    insert into commissioner_level_rule (level, max_age, min_title_level, excluded_unit_kinds, min_service_days, term_years, source)
    values
      ('province', 58, '副高', '{党政机关,参公事业单位}', 60, 2, '甘科农函〔2025〕94号（甘肃省科技厅）'),
      ('city', 58, '中级', '{党政机关,参公事业单位}', 30, 3, '本局设定（市级无公开细则）'),
      ('county', 60, '初级', '{党政机关,参公事业单位}', 30, 2, '本局设定（县级无公开细则）')`.execute(db);
  await sql`create index commissioner_region_idx on commissioner (region_code text_pattern_ops, status)`.execute(db);
  await sql`create index commissioner_user_idx on commissioner (user_id) where user_id is not null`.execute(db);
  await sql`create index commissioner_digest_idx on commissioner (id_number_digest)`.execute(db);
  await grantPermissions(db, 'staff', ['commissioner:read', 'commissioner:write', 'commissioner:import']);
  await grantPermissions(db, 'leader', ['commissioner:read']);
}
