import { sql, type Kysely } from 'kysely';
import { AWARD_CATEGORY_LABELS, AWARD_GRADE_LABELS, AWARD_LEVEL_LABELS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const TRACKED = sql`
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1`;

/**
 * 奖励与赛事: award programmes and the nominations to them (推荐 → 获奖 / 未获奖, with 等级 and 名次), competitions
 * (edition, division) and their entries (stage reached, award), one history table for the moves of both, the
 * dictionaries of levels, categories and grades, and the module's permissions. Nominations and entries name an
 * enterprise of the register when the unit (or a person's unit) is one, so an enterprise user sees its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table award_programme (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      organiser varchar(100) not null,
      level varchar(20) not null,
      year integer not null,
      categories text[] not null default '{}',
      remark varchar(500),
      ${TRACKED}
    )`.execute(db);
  await sql`create index award_programme_region_idx on award_programme (region_code text_pattern_ops, year)`.execute(
    db,
  );
  await sql`
    create table award_nomination (
      id serial primary key,
      region_code varchar(6) not null,
      programme_id integer not null references award_programme(id),
      category varchar(50) not null,
      nominee_kind varchar(10) not null check (nominee_kind in ('unit', 'person')),
      enterprise_id integer references enterprise(id),
      unit_name varchar(100),
      person_name varchar(30),
      contact_phone varchar(20),
      title varchar(200),
      nominated_on date not null,
      state varchar(20) not null default 'nominated' check (state in ('nominated', 'awarded', 'not_awarded')),
      grade varchar(50),
      rank integer,
      announced_on date,
      remark varchar(500),
      ${TRACKED},
      check (nominee_kind = 'unit' or person_name is not null),
      check (state <> 'awarded' or (grade is not null and announced_on is not null))
    )`.execute(db);
  await sql`create index award_nomination_region_idx on award_nomination (region_code text_pattern_ops, nominated_on)`.execute(
    db,
  );
  await sql`create index award_nomination_programme_idx on award_nomination (programme_id)`.execute(db);
  await sql`create index award_nomination_enterprise_idx on award_nomination (enterprise_id)`.execute(db);
  await sql`
    create table award_competition (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      edition integer,
      division varchar(50),
      organiser varchar(100) not null,
      level varchar(20) not null,
      year integer not null,
      remark varchar(500),
      ${TRACKED}
    )`.execute(db);
  await sql`create index award_competition_region_idx on award_competition (region_code text_pattern_ops, year)`.execute(
    db,
  );
  await sql`
    create table award_entry (
      id serial primary key,
      region_code varchar(6) not null,
      competition_id integer not null references award_competition(id),
      nominee_kind varchar(10) not null check (nominee_kind in ('unit', 'person')),
      enterprise_id integer references enterprise(id),
      unit_name varchar(100),
      person_name varchar(30),
      contact_phone varchar(20),
      project_title varchar(200),
      entered_on date not null,
      stage varchar(20) not null default 'registered',
      award varchar(50),
      awarded_on date,
      remark varchar(500),
      ${TRACKED},
      check (nominee_kind = 'unit' or person_name is not null),
      check ((award is null) = (awarded_on is null))
    )`.execute(db);
  await sql`create index award_entry_region_idx on award_entry (region_code text_pattern_ops, entered_on)`.execute(db);
  await sql`create index award_entry_competition_idx on award_entry (competition_id)`.execute(db);
  await sql`create index award_entry_enterprise_idx on award_entry (enterprise_id)`.execute(db);
  await sql`
    create table award_history (
      id serial primary key,
      region_code varchar(6) not null,
      subject varchar(20) not null check (subject in ('nomination', 'entry')),
      subject_id integer not null,
      from_state varchar(20),
      to_state varchar(50) not null,
      detail varchar(500),
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(50)
    )`.execute(db);
  await sql`create index award_history_subject_idx on award_history (subject, subject_id)`.execute(db);

  await addDict(db, 'award_level', '奖励与赛事级别', AWARD_LEVEL_LABELS);
  await addDict(db, 'award_category', '奖项类别', AWARD_CATEGORY_LABELS);
  await addDict(db, 'award_grade', '获奖等级', AWARD_GRADE_LABELS);
  await grantPermissions(db, 'staff', ['award:read', 'award:write', 'award:import']);
  await grantPermissions(db, 'leader', ['award:read']);
  await grantPermissions(db, 'enterprise', ['award:self']);
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
