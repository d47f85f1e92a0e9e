import { sql, type Kysely } from 'kysely';
import { RD_CHECK_RULES } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

// The figures of a unit's form (107-2 essentials), in 元 / persons; null = not filled yet.
const figures = sql.raw(`
  staff_total integer,
  revenue numeric(18,2),
  rd_staff integer,
  internal_total numeric(18,2),
  labor numeric(18,2),
  materials numeric(18,2),
  depreciation numeric(18,2),
  equipment numeric(18,2),
  other_cost numeric(18,2),
  funds_own numeric(18,2),
  funds_government numeric(18,2),
  funds_other numeric(18,2),
  external_spend numeric(18,2),
  deduction_claimed numeric(18,2)`);

/** R&D expenditure collection: tasks, the units' forms and projects, cross-check rules, indicator values (GDP). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rd_check_rule (
      code varchar(40) primary key,
      label varchar(60) not null,
      severity varchar(10) not null,
      enabled boolean not null default true,
      threshold numeric(10,2),
      locked boolean not null default false,
      description varchar(300) not null,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      updated_by integer
    )`.execute(db);
  for (const r of RD_CHECK_RULES) {
    await sql`insert into rd_check_rule (code, label, severity, threshold, locked, description)
      values (${r.code}, ${r.label}, ${r.severity}, ${r.threshold}, ${r.locked}, ${r.description})`.execute(db);
  }

  await sql`
    create table rd_task (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(100) not null,
      period varchar(7) not null,
      due_date date not null,
      status varchar(10) not null default 'draft',
      unit_filter jsonb not null default '{}',
      published boolean not null default false,
      published_at timestamptz,
      published_by integer,
      opened_at timestamptz,
      closed_at timestamptz,
      remark varchar(500),
      ${tracked}
    )`.execute(db);
  await sql`create index rd_task_region_idx on rd_task (region_code text_pattern_ops, period)`.execute(db);

  // One row per unit that must report: frozen when the task picks it, and holding the unit's form.
  await sql`
    create table rd_task_unit (
      id serial primary key,
      task_id integer not null references rd_task(id),
      enterprise_id integer not null references enterprise(id),
      region_code varchar(6) not null,
      period varchar(7) not null,
      township_code varchar(12),
      industry_code varchar(5),
      performer varchar(20) not null,
      is_high_tech boolean not null default false,
      is_tech_sme boolean not null default false,
      status varchar(12) not null default 'not_filled',
      ${figures},
      explanations jsonb not null default '{}',
      prefill jsonb not null default '{}',
      remark varchar(500),
      filled_by_staff boolean not null default false,
      saved_at timestamptz,
      submitted_at timestamptz,
      submitted_by integer,
      reviewed_at timestamptz,
      reviewed_by integer,
      return_reason varchar(500),
      ${tracked}
    )`.execute(db);
  // A unit reports once per period, whichever task asks (figures entered once); the key carries region_code (Citus).
  await sql`create unique index rd_task_unit_period_uq on rd_task_unit (region_code, enterprise_id, period)`.execute(
    db,
  );
  await sql`create index rd_task_unit_task_idx on rd_task_unit (task_id, status)`.execute(db);
  await sql`create index rd_task_unit_enterprise_idx on rd_task_unit (enterprise_id, period)`.execute(db);
  await sql`create index rd_task_unit_period_idx on rd_task_unit (period, status, region_code text_pattern_ops)`.execute(
    db,
  );

  await sql`
    create table rd_project (
      id serial primary key,
      task_unit_id integer not null references rd_task_unit(id) on delete cascade,
      region_code varchar(6) not null,
      seq smallint not null,
      name varchar(100) not null,
      source varchar(30) not null,
      cooperation varchar(30) not null,
      stage varchar(30) not null,
      people integer not null,
      person_months integer not null,
      expenditure numeric(18,2) not null,
      government numeric(18,2) not null,
      ${tracked}
    )`.execute(db);
  await sql`create index rd_project_unit_idx on rd_project (task_unit_id, seq)`.execute(db);

  // Indicator values with their source (GDP per period, …): the denominators of intensity indicators.
  await sql`
    create table indicator_value (
      id serial primary key,
      region_code varchar(6) not null,
      code varchar(30) not null,
      period varchar(7) not null,
      value numeric(20,2) not null,
      unit varchar(10) not null,
      source varchar(100) not null,
      remark varchar(500),
      ${tracked},
      unique (region_code, code, period)
    )`.execute(db);

  await grantPermissions(db, 'staff', ['rd:task:manage', 'rd:summary:view']);
  await grantPermissions(db, 'leader', ['rd:summary:view', 'rd:summary:publish']);
  await grantPermissions(db, 'enterprise', ['rd:report:self']);
}
