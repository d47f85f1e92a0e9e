import { sql, type Kysely } from 'kysely';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * 揭榜 (docs/rules.md §5.2): the teams' applications on a published demand, the chosen one's 公示, the contract
 * with its milestones (payments by party), the milestone reports and the acceptance; the 公示's length in working
 * days is a parameter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tech_demand_bid (
      id serial primary key,
      region_code varchar(6) not null,
      demand_id integer not null references tech_demand(id),
      partner_id integer not null references cooperation_partner(id),
      credit_code varchar(18),
      leader jsonb not null,
      members jsonb not null default '[]',
      solution text not null,
      budget numeric(18,2) not null check (budget >= 0),
      period_months smallint not null,
      applied_on date not null,
      state varchar(12) not null default 'submitted',
      chosen_on date,
      publicity_from date,
      publicity_to date,
      objection varchar(500),
      ${tracked}
    )`.execute(db);
  await sql`create index tech_demand_bid_demand_idx on tech_demand_bid (demand_id)`.execute(db);
  await sql`create index tech_demand_bid_publicity_idx on tech_demand_bid (publicity_to) where state = 'chosen'`.execute(
    db,
  );
  await sql`
    create table tech_demand_contract (
      id serial primary key,
      region_code varchar(6) not null,
      demand_id integer not null unique references tech_demand(id),
      bid_id integer not null references tech_demand_bid(id),
      enterprise_id integer not null references enterprise(id),
      partner_id integer not null references cooperation_partner(id),
      amount numeric(18,2) not null check (amount > 0),
      signed_on date not null,
      ${tracked}
    )`.execute(db);
  await sql`create index tech_demand_contract_signed_idx on tech_demand_contract (region_code text_pattern_ops, signed_on)`.execute(
    db,
  );
  await sql`
    create table tech_demand_milestone (
      id serial primary key,
      region_code varchar(6) not null,
      contract_id integer not null references tech_demand_contract(id),
      seq smallint not null,
      title varchar(100) not null,
      due_on date not null,
      pay_enterprise numeric(18,2) not null default 0,
      pay_county numeric(18,2) not null default 0,
      pay_other numeric(18,2) not null default 0,
      paid numeric(18,2) not null default 0,
      reached_on date,
      ${tracked},
      unique (contract_id, seq)
    )`.execute(db);
  await sql`create index tech_demand_milestone_due_idx on tech_demand_milestone (region_code text_pattern_ops, due_on) where reached_on is null`.execute(
    db,
  );
  await sql`
    create table tech_demand_milestone_report (
      id serial primary key,
      region_code varchar(6) not null,
      milestone_id integer not null references tech_demand_milestone(id),
      reported_on date not null,
      content varchar(2000) not null,
      pay_party varchar(12),
      pay_amount numeric(18,2),
      created_at timestamptz not null default now(),
      created_by integer
    )`.execute(db);
  await sql`create index tech_demand_milestone_report_idx on tech_demand_milestone_report (milestone_id)`.execute(db);
  await sql`create index tech_demand_report_paid_idx on tech_demand_milestone_report (region_code text_pattern_ops, reported_on)`.execute(
    db,
  );
  await sql`
    create table tech_demand_acceptance (
      id serial primary key,
      region_code varchar(6) not null,
      demand_id integer not null unique references tech_demand(id),
      accepted_on date not null,
      conclusion varchar(2000) not null,
      passed boolean not null,
      created_at timestamptz not null default now(),
      created_by integer
    )`.execute(db);
  await sql`insert into sys_param (key, name, value, category, value_type, min_value, max_value, remark)
    values ('tech-demand.bid_publicity_days', '揭榜挂帅：揭榜结果公示期（工作日）', '5', 'system', 'int', 1, 30,
      '选定揭榜团队后按工作日历公示的天数，公示结束后方可签订合同')
    on conflict (key) do nothing`.execute(db);
}
