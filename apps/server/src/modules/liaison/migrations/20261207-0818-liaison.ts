import { sql, type Kysely } from 'kysely';
import { LIAISON_DICT_ITEMS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * 干部包企业 (docs/rules.md §5.7.1): assignments of enterprises to cadres, visit records, the issues raised in them
 * with their history, the overdue reminders sent (one per issue and day), the module's dictionaries and grants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table liaison_assignment (
      id serial primary key,
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      cadre_id integer not null references app_user(id),
      start_on date not null,
      end_on date not null,
      source varchar(10) not null default 'manual',
      rule_label varchar(60),
      remark varchar(200),
      ${tracked}
    )`.execute(db);
  await sql`create index liaison_assignment_enterprise_idx on liaison_assignment (enterprise_id, end_on)`.execute(db);
  await sql`create index liaison_assignment_cadre_idx on liaison_assignment (cadre_id, end_on)`.execute(db);
  await sql`create index liaison_assignment_region_idx on liaison_assignment (region_code text_pattern_ops, end_on)`.execute(
    db,
  );

  await sql`
    create table liaison_visit (
      id serial primary key,
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      cadre_id integer not null references app_user(id),
      visited_on date not null,
      form varchar(50) not null,
      people_met varchar(200) not null,
      policies jsonb not null default '[]',
      questions varchar(1000),
      campaign varchar(50),
      ${tracked}
    )`.execute(db);
  await sql`create index liaison_visit_region_idx on liaison_visit (region_code text_pattern_ops, visited_on)`.execute(
    db,
  );
  await sql`create index liaison_visit_enterprise_idx on liaison_visit (enterprise_id, visited_on)`.execute(db);

  await sql`
    create table liaison_issue (
      id serial primary key,
      region_code varchar(6) not null,
      visit_id integer not null references liaison_visit(id),
      enterprise_id integer not null references enterprise(id),
      cadre_id integer not null references app_user(id),
      content varchar(500) not null,
      category varchar(50) not null,
      department varchar(50) not null,
      raised_on date not null,
      due_on date not null,
      status varchar(20) not null default 'pending',
      answer varchar(1000),
      closed_on date,
      ${tracked}
    )`.execute(db);
  await sql`create index liaison_issue_region_idx on liaison_issue (region_code text_pattern_ops, status, due_on)`.execute(
    db,
  );
  await sql`create index liaison_issue_enterprise_idx on liaison_issue (enterprise_id, status)`.execute(db);
  await sql`create index liaison_issue_cadre_idx on liaison_issue (cadre_id, status, due_on)`.execute(db);

  await sql`
    create table liaison_issue_history (
      id serial primary key,
      issue_id integer not null references liaison_issue(id),
      region_code varchar(6) not null,
      from_state varchar(20),
      to_state varchar(20) not null,
      reason varchar(1000),
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(50)
    )`.execute(db);
  await sql`create index liaison_issue_history_issue_idx on liaison_issue_history (issue_id)`.execute(db);

  await sql`
    create table liaison_issue_reminder (
      issue_id integer not null references liaison_issue(id),
      sent_on date not null,
      primary key (issue_id, sent_on)
    )`.execute(db);

  for (const [code, dict] of Object.entries(LIAISON_DICT_ITEMS)) {
    await sql`insert into dict_type (code, name, builtin) values (${code}, ${dict.name}, true)`.execute(db);
    let sort = 0;
    for (const [value, label] of Object.entries(dict.items)) {
      await sql`insert into dict_item (type_code, value, label, sort) values (${code}, ${value}, ${label}, ${sort++})`.execute(
        db,
      );
    }
  }
  await grantPermissions(db, 'staff', ['liaison:read', 'liaison:write']);
  await grantPermissions(db, 'leader', ['liaison:read']);
  await grantPermissions(db, 'enterprise', ['liaison:self']);
}
