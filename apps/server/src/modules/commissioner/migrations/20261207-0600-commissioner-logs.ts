import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/**
 * 科技特派员 service logs, the pace reminders and the annual assessment (docs/rules.md §5.1.1): a log per day (or
 * half day) with its review history; the last pace reminder per commissioner (at most one a week); the assessment
 * scheme as versioned data (泉州's items and grade cut-offs as version 1), a year's assessment per county, its
 * entries and the served enterprises' ratings. Grants the new permissions to staff, commissioners and enterprises.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table commissioner_service_log (
      id serial primary key,
      region_code varchar(6) not null,
      commissioner_id integer not null references commissioner(id),
      served_on date not null,
      place varchar(200) not null,
      enterprise_id integer references enterprise(id),
      object_name varchar(200) not null,
      content varchar(2000) not null,
      problems_solved varchar(2000),
      trained_count integer not null default 0 check (trained_count >= 0),
      days numeric(2,1) not null check (days in (0.5, 1.0)),
      latitude numeric(9,6),
      longitude numeric(9,6),
      status varchar(12) not null default 'pending',
      return_reason varchar(500),
      reviewed_on date,
      reviewed_by integer,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index commissioner_service_log_commissioner_idx on commissioner_service_log (commissioner_id, served_on)`.execute(
    db,
  );
  await sql`create index commissioner_service_log_region_idx on commissioner_service_log (region_code text_pattern_ops, status, served_on)`.execute(
    db,
  );
  await sql`create index commissioner_service_log_enterprise_idx on commissioner_service_log (enterprise_id) where enterprise_id is not null`.execute(
    db,
  );
  await sql`
    create table commissioner_service_log_history (
      id serial primary key,
      log_id integer not null references commissioner_service_log(id),
      region_code varchar(6) not null,
      from_state varchar(12),
      to_state varchar(12) not null,
      reason varchar(500),
      actor_id integer,
      actor_name varchar(100),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index commissioner_service_log_history_log_idx on commissioner_service_log_history (log_id)`.execute(
    db,
  );
  await sql`
    create table commissioner_pace_reminder (
      commissioner_id integer primary key references commissioner(id),
      region_code varchar(6) not null,
      last_sent_on date not null
    )`.execute(db);
  await sql`
    create table commissioner_assessment_scheme (
      id serial primary key,
      version integer not null unique,
      name varchar(100) not null,
      source varchar(200) not null,
      items jsonb not null,
      cutoffs jsonb not null,
      issued_on date not null,
      created_at timestamptz not null default now(),
      created_by integer
    )`.execute(db);
  // 泉州's items (docs/rules.md §5.1 [S41]); the points and cut-offs are the bureau's settings, a new version changes them.
  await sql`
    insert into commissioner_assessment_scheme (version, name, source, items, cutoffs, issued_on) values (1,
      '科技特派员年度考核评分表（第1版）',
      '参照泉州市科技特派员考核办法（docs/rules.md §5.1）',
      ${JSON.stringify([
        { key: 'service_mode', label: '服务方式', maxPoints: 10, source: 'staff' },
        { key: 'service_count', label: '服务次数', maxPoints: 20, source: 'logs' },
        { key: 'agreement', label: '三方协议完成情况', maxPoints: 20, source: 'staff' },
        { key: 'effect', label: '服务成效', maxPoints: 25, source: 'staff' },
        { key: 'satisfaction', label: '服务对象满意度', maxPoints: 15, source: 'satisfaction' },
        { key: 'bonus', label: '加分项', maxPoints: 10, source: 'staff' },
      ])}::jsonb,
      ${JSON.stringify([
        { grade: 'excellent', minTotal: 90 },
        { grade: 'good', minTotal: 80 },
        { grade: 'pass', minTotal: 60 },
      ])}::jsonb,
      '2026-12-07')`.execute(db);
  await sql`
    create table commissioner_assessment (
      id serial primary key,
      region_code varchar(6) not null,
      year integer not null,
      scheme_id integer not null references commissioner_assessment_scheme(id),
      status varchar(12) not null default 'open',
      opened_on date not null,
      notice_id integer,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1,
      unique (region_code, year)
    )`.execute(db);
  await sql`
    create table commissioner_assessment_entry (
      id serial primary key,
      assessment_id integer not null references commissioner_assessment(id),
      region_code varchar(6) not null,
      commissioner_id integer not null references commissioner(id),
      confirmed_days numeric(5,1) not null default 0,
      scores jsonb not null default '{}',
      total numeric(5,1),
      grade varchar(12),
      remark varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1,
      unique (assessment_id, commissioner_id)
    )`.execute(db);
  await sql`
    create table commissioner_assessment_rating (
      id serial primary key,
      entry_id integer not null references commissioner_assessment_entry(id),
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      points numeric(5,1) not null,
      comment varchar(500),
      rated_by integer not null,
      rated_at timestamptz not null default now(),
      unique (entry_id, enterprise_id)
    )`.execute(db);
  await grantPermissions(db, 'staff', ['commissioner:confirm', 'commissioner:assess']);
  await grantPermissions(db, 'commissioner', ['commissioner:log']);
  await grantPermissions(db, 'enterprise', ['commissioner:rate']);
}
