import { sql, type Kysely } from 'kysely';
import {
  COMMISSIONER_FIELDS,
  COMMISSIONER_FIELD_DICT,
  COMMISSIONER_UNIT_KINDS,
  COMMISSIONER_UNIT_KIND_DICT,
} from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * 科技特派员 (docs/rules.md §5.1): the roster, the level rules, the status history, 三方协议, the dictionaries of
 * 服务领域 and 派出单位类型, and the module's permissions (staff all, leaders read, the commissioner their own record).
 * A fresh database already gets these grants from DEFAULT_ROLE_PERMISSIONS; the grant here upgrades an existing one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The roster (docs/rules.md §5.1): one row per person per appointment (level and batch). The ID number is sealed
  // (platform/crypto/personal-data.ts) with a keyed digest for duplicates; the account links the person's own login.
  await sql`
    create table commissioner (
      id serial primary key,
      region_code varchar(6) not null,
      user_id integer references app_user(id),
      name varchar(50) not null,
      gender varchar(2) not null check (gender in ('男', '女')),
      birth_date date not null,
      id_number_sealed text not null,
      id_number_digest char(64) not null,
      phone varchar(20),
      education varchar(20),
      title varchar(50),
      title_level varchar(10) not null check (title_level in ('正高', '副高', '中级', '初级', '无')),
      speciality varchar(100),
      field varchar(50),
      unit_name varchar(200) not null,
      unit_kind varchar(30) not null,
      unit_enterprise_id integer references enterprise(id),
      level varchar(10) not null check (level in ('province', 'city', 'county')),
      batch varchar(30) not null,
      term_start date not null,
      term_end date not null,
      team_name varchar(100),
      status varchar(20) not null default 'applied'
        check (status in ('applied', 'recommended', 'reviewed', 'publicised', 'appointed', 'expired', 'dismissed')),
      status_reason varchar(500),
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
  // One person once per level and batch (the use case says so in Chinese first; this is the last word).
  await sql`create unique index commissioner_digest_idx on commissioner (id_number_digest, level, batch)`.execute(db);
  await sql`
    create table commissioner_history (
      id serial primary key,
      commissioner_id integer not null references commissioner(id),
      region_code varchar(6) not null,
      from_state varchar(20),
      to_state varchar(20) not null,
      on_date date not null,
      reason varchar(500),
      actor_id integer,
      actor_name varchar(50),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index commissioner_history_commissioner_idx on commissioner_history (commissioner_id)`.execute(db);
  // 三方协议 (docs/rules.md §5.1): commissioner, service object (an enterprise of the register or a named entity) and
  // the bureau; dates within the commissioner's term (checked by the use case).
  await sql`
    create table commissioner_agreement (
      id serial primary key,
      commissioner_id integer not null references commissioner(id),
      region_code varchar(6) not null,
      enterprise_id integer references enterprise(id),
      object_name varchar(200) not null,
      object_kind varchar(20) not null,
      service_days integer not null check (service_days between 1 and 366),
      tasks text not null,
      start_on date not null,
      end_on date not null,
      status varchar(20) not null default 'active' check (status in ('active', 'terminated')),
      terminated_on date,
      terminate_reason varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1,
      check (end_on >= start_on)
    )`.execute(db);
  await sql`create index commissioner_agreement_commissioner_idx on commissioner_agreement (commissioner_id)`.execute(
    db,
  );
  await sql`create index commissioner_agreement_enterprise_idx on commissioner_agreement (enterprise_id) where enterprise_id is not null`.execute(
    db,
  );
  await addDict(db, COMMISSIONER_FIELD_DICT, '科技特派员服务领域', COMMISSIONER_FIELDS);
  await addDict(db, COMMISSIONER_UNIT_KIND_DICT, '科技特派员派出单位类型', COMMISSIONER_UNIT_KINDS);
  await grantPermissions(db, 'staff', [
    'commissioner:read',
    'commissioner:write',
    'commissioner:import',
    'commissioner:reveal',
  ]);
  await grantPermissions(db, 'leader', ['commissioner:read']);
  await grantPermissions(db, 'commissioner', ['commissioner:self']);
}

/** A builtin dictionary whose values are its labels (the level rules exclude unit kinds by word). */
async function addDict(db: Kysely<unknown>, code: string, name: string, words: readonly string[]): Promise<void> {
  const exists = await sql`select 1 from dict_type where code = ${code}`.execute(db);
  if (exists.rows.length > 0) return;
  await sql`insert into dict_type (code, name, builtin) values (${code}, ${name}, true)`.execute(db);
  for (const [sort, word] of words.entries()) {
    await sql`insert into dict_item (type_code, value, label, sort) values (${code}, ${word}, ${word}, ${sort})`.execute(
      db,
    );
  }
}
