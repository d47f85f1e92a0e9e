import { sql, type Kysely } from 'kysely';
import { SERVICE_EVENT_KIND_DICT, SERVICE_EVENT_KIND_LABELS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const TRACKED = sql`
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1`;

/**
 * 科技服务活动 (docs/rules.md §5.7): one register of events (政策宣讲/进企业送服务, 培训班, 科技活动周, 全国科技工作者日,
 * 科普讲解大赛, 科普开放日 …) with their status (计划 → 已举办 | 取消) and its history, the attendees (enterprises of the
 * register with their representative, commissioners of the roster, named persons), the `service_event_kind`
 * dictionary and the module's permissions (staff all, leaders read).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service_event (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(100) not null,
      kind varchar(30) not null,
      organiser varchar(100) not null,
      co_organisers text[] not null default '{}',
      start_on date not null,
      end_on date not null,
      place varchar(200),
      platform_id integer references tech_platform(id),
      status varchar(20) not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
      status_reason varchar(500),
      outcome varchar(1000),
      ${TRACKED},
      check (end_on >= start_on),
      check (status <> 'cancelled' or status_reason is not null)
    )`.execute(db);
  await sql`create index service_event_region_idx on service_event (region_code text_pattern_ops, start_on)`.execute(
    db,
  );
  await sql`create index service_event_platform_idx on service_event (platform_id) where platform_id is not null`.execute(
    db,
  );
  // The commissioner's id is the roster's (module commissioner); no foreign key, so that module may reshape its table.
  await sql`
    create table service_event_attendee (
      id serial primary key,
      event_id integer not null references service_event(id),
      region_code varchar(6) not null,
      kind varchar(20) not null check (kind in ('enterprise', 'commissioner', 'person')),
      enterprise_id integer references enterprise(id),
      commissioner_id integer,
      person_name varchar(30),
      unit_name varchar(100),
      post varchar(50),
      phone varchar(20),
      created_at timestamptz not null default now(),
      created_by integer,
      check ((kind = 'enterprise') = (enterprise_id is not null)),
      check ((kind = 'commissioner') = (commissioner_id is not null)),
      check (kind <> 'person' or person_name is not null),
      unique (event_id, enterprise_id),
      unique (event_id, commissioner_id)
    )`.execute(db);
  await sql`create index service_event_attendee_event_idx on service_event_attendee (event_id)`.execute(db);
  await sql`create index service_event_attendee_enterprise_idx on service_event_attendee (enterprise_id) where enterprise_id is not null`.execute(
    db,
  );
  await sql`create index service_event_attendee_commissioner_idx on service_event_attendee (commissioner_id) where commissioner_id is not null`.execute(
    db,
  );
  await sql`
    create table service_event_history (
      id serial primary key,
      event_id integer not null references service_event(id),
      region_code varchar(6) not null,
      from_state varchar(20),
      to_state varchar(20) not null,
      reason varchar(500),
      at timestamptz not null default now(),
      actor_id integer,
      actor_name varchar(50)
    )`.execute(db);
  await sql`create index service_event_history_event_idx on service_event_history (event_id)`.execute(db);

  await sql`insert into dict_type (code, name, builtin) values (${SERVICE_EVENT_KIND_DICT}, '科技服务活动类别', true)`.execute(
    db,
  );
  let sort = 0;
  for (const [value, label] of Object.entries(SERVICE_EVENT_KIND_LABELS)) {
    await sql`insert into dict_item (type_code, value, label, sort) values (${SERVICE_EVENT_KIND_DICT}, ${value}, ${label}, ${sort++})`.execute(
      db,
    );
  }
  await grantPermissions(db, 'staff', ['service-event:read', 'service-event:write']);
  await grantPermissions(db, 'leader', ['service-event:read']);
}
