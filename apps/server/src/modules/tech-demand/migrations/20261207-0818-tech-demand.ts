import { sql, type Kysely } from 'kysely';
import { TECH_DEMAND_FIELD_DICT, TECH_DEMAND_FIELDS } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/** Parameters the bureau may change (docs/rules.md §5.2): the experts per demand and the default weights. */
const PARAMS: [string, string, number, number, number, string][] = [
  ['tech-demand.min_experts', '揭榜挂帅：每项需求最少论证专家数', 3, 1, 15, '排名只计已确认评分不少于此数的需求'],
  [
    'tech-demand.weight_industry',
    '揭榜挂帅：论证权重·产业带动作用（%）',
    30,
    0,
    100,
    '新建榜单批次时带入，四项之和须为 100',
  ],
  [
    'tech-demand.weight_foundation',
    '揭榜挂帅：论证权重·研究基础（%）',
    25,
    0,
    100,
    '新建榜单批次时带入，四项之和须为 100',
  ],
  [
    'tech-demand.weight_indicators',
    '揭榜挂帅：论证权重·技术指标（%）',
    25,
    0,
    100,
    '新建榜单批次时带入，四项之和须为 100',
  ],
  [
    'tech-demand.weight_finance',
    '揭榜挂帅：论证权重·财务指标（%）',
    20,
    0,
    100,
    '新建榜单批次时带入，四项之和须为 100',
  ],
];

/**
 * 揭榜挂帅 (docs/rules.md §5.2): calls (榜单批次), the demands with their history, the experts' review scores, the
 * demand-field dictionary, the parameters and the permissions (staff, leaders, enterprises, experts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tech_demand_call (
      id serial primary key,
      region_code varchar(6) not null,
      year smallint not null,
      title varchar(100) not null,
      collect_from date not null,
      collect_to date not null,
      bid_deadline date,
      min_experts smallint not null default 3,
      review_weights jsonb not null,
      state varchar(12) not null default 'collecting',
      ranking_confirmed_at timestamptz,
      ranking_cut jsonb,
      ${tracked},
      check (collect_to >= collect_from)
    )`.execute(db);
  await sql`create index tech_demand_call_region_idx on tech_demand_call (region_code text_pattern_ops, year)`.execute(
    db,
  );
  await sql`
    create table tech_demand (
      id serial primary key,
      region_code varchar(6) not null,
      call_id integer references tech_demand_call(id),
      enterprise_id integer not null references enterprise(id),
      title varchar(100) not null,
      field varchar(50) not null,
      hightech_domain varchar(2),
      problem text not null,
      indicators text,
      expected_outcome text,
      budget numeric(18,2) not null check (budget >= 0),
      period_months smallint,
      contact_name varchar(30) not null,
      contact_phone varchar(20) not null,
      state varchar(14) not null default 'draft',
      review_score numeric(6,2),
      review_rank integer,
      submitted_on date,
      selected_on date,
      published_on date,
      bid_deadline date,
      ${tracked}
    )`.execute(db);
  await sql`create index tech_demand_region_idx on tech_demand (region_code text_pattern_ops, state)`.execute(db);
  await sql`create index tech_demand_enterprise_idx on tech_demand (enterprise_id)`.execute(db);
  await sql`create index tech_demand_call_idx on tech_demand (call_id, state)`.execute(db);
  await sql`
    create table tech_demand_history (
      id serial primary key,
      demand_id integer not null references tech_demand(id),
      from_state varchar(14),
      to_state varchar(14) not null,
      actor_id integer,
      actor_name varchar(50),
      reason varchar(500),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index tech_demand_history_demand_idx on tech_demand_history (demand_id)`.execute(db);
  await sql`
    create table tech_demand_review (
      id serial primary key,
      region_code varchar(6) not null,
      demand_id integer not null references tech_demand(id),
      expert_id integer not null references app_user(id),
      scores jsonb not null default '{}',
      comment varchar(1000),
      confirmed_at timestamptz,
      ${tracked},
      unique (demand_id, expert_id)
    )`.execute(db);
  await sql`create index tech_demand_review_expert_idx on tech_demand_review (expert_id)`.execute(db);

  for (const [key, name, value, min, max, remark] of PARAMS) {
    await sql`insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark)
      values (${key}, ${name}, ${String(value)}, 'system', 'int', ${min}, ${max}, ${remark})
      on conflict (key) do nothing`.execute(db);
  }
  const exists = await sql`select 1 from dict_type where code = ${TECH_DEMAND_FIELD_DICT}`.execute(db);
  if (exists.rows.length === 0) {
    await sql`insert into dict_type (code, name, builtin) values (${TECH_DEMAND_FIELD_DICT}, '揭榜挂帅技术领域', true)`.execute(
      db,
    );
    for (const [sort, word] of TECH_DEMAND_FIELDS.entries()) {
      await sql`insert into dict_item (type_code, value, label, sort)
        values (${TECH_DEMAND_FIELD_DICT}, ${word}, ${word}, ${sort})`.execute(db);
    }
  }
  await grantPermissions(db, 'staff', ['tech-demand:read', 'tech-demand:write']);
  await grantPermissions(db, 'leader', ['tech-demand:read']);
  await grantPermissions(db, 'enterprise', ['tech-demand:self']);
  await grantPermissions(db, 'expert', ['tech-demand:review']);
}
