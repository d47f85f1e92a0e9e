import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/** The ranking's weights (docs/rules.md §5.1.2), as parameters the bureau may change. */
const WEIGHTS: [string, string, number, number, number, string][] = [
  ['commissioner.match_field', '对接推荐：服务领域一致加分', 40, 0, 100, '特派员服务领域与需求技术领域一致时的加分'],
  [
    'commissioner.match_keyword',
    '对接推荐：专长关键词加分',
    10,
    0,
    100,
    '特派员专长中的每个关键词出现在问题描述中的加分',
  ],
  ['commissioner.match_keyword_cap', '对接推荐：专长关键词计分上限', 3, 0, 20, '专长关键词最多计分的个数'],
  [
    'commissioner.match_load_penalty',
    '对接推荐：在办需求减分',
    5,
    0,
    100,
    '特派员每有一项在办（已指派未办结）需求的减分',
  ],
];

/**
 * Matching enterprises' technology needs with commissioners (docs/rules.md §5.1.2): the needs, their history, the
 * service-field dictionary (if the roster has not added it), the ranking weights, and the permissions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table commissioner_need (
      id serial primary key,
      region_code varchar(6) not null,
      enterprise_id integer not null references enterprise(id),
      field varchar(50) not null,
      problem varchar(2000) not null,
      contact_name varchar(50) not null,
      contact_phone varchar(20) not null,
      desired_on date,
      status varchar(10) not null default 'open',
      commissioner_id integer references commissioner(id),
      assigned_on date,
      done_note varchar(1000),
      done_on date,
      close_note varchar(500),
      closed_on date,
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index commissioner_need_region_idx on commissioner_need (region_code text_pattern_ops, status)`.execute(
    db,
  );
  await sql`create index commissioner_need_enterprise_idx on commissioner_need (enterprise_id)`.execute(db);
  await sql`create index commissioner_need_commissioner_idx on commissioner_need (commissioner_id, status)`.execute(db);
  await sql`
    create table commissioner_need_history (
      id serial primary key,
      need_id integer not null references commissioner_need(id),
      region_code varchar(6) not null,
      from_state varchar(10),
      to_state varchar(10) not null,
      note varchar(1000),
      actor_id integer,
      actor_name varchar(50),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index commissioner_need_history_need_idx on commissioner_need_history (need_id)`.execute(db);

  for (const [key, name, value, min, max, remark] of WEIGHTS) {
    await sql`insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark)
      values (${key}, ${name}, ${String(value)}, 'system', 'int', ${min}, ${max}, ${remark})
      on conflict (key) do nothing`.execute(db);
  }
  await grantPermissions(db, 'staff', ['commissioner:match']);
  await grantPermissions(db, 'enterprise', ['commissioner:need']);
  await grantPermissions(db, 'commissioner', ['commissioner:serve']);
}
