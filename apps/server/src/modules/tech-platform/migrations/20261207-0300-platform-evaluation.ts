import { sql, type Kysely } from 'kysely';
import { SEED_EVAL_SCHEMES } from '@kechuang/domain';
import { grantPermissions } from '../../../platform/db/grants';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * 孵化器/众创空间综合评价 (docs/rules.md §5.4): the versioned indicator schemes (JSON definitions, the seed ones
 * written here with their source), the per-region 艰苦边远地区 switch, rounds with their state history, one entry
 * per platform and round (figures, scores, grade, 摘牌 proposal) and the experts' qualitative scoring tasks; experts
 * get tech-platform:review (a fresh database from DEFAULT_ROLE_PERMISSIONS, this upgrades an existing one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tech_platform_eval_scheme (
      id serial primary key,
      kind varchar(40) not null,
      level varchar(40) not null,
      version integer not null,
      effective_year integer not null,
      name varchar(100) not null,
      source varchar(300) not null,
      definition jsonb not null,
      created_at timestamptz not null default now(),
      created_by integer,
      unique (kind, level, version)
    )`.execute(db);
  for (const s of SEED_EVAL_SCHEMES) {
    await sql`insert into tech_platform_eval_scheme (kind, level, version, effective_year, name, source, definition)
      values (${s.kind}, ${s.level}, ${s.version}, ${s.effectiveYear}, ${s.name}, ${`${s.source} ${s.doc}（${s.confidence}）`},
        ${JSON.stringify(s.definition)})`.execute(db);
  }

  await sql`
    create table tech_platform_eval_region (
      region_code varchar(6) primary key,
      hardship_area boolean not null,
      ${tracked}
    )`.execute(db);

  await sql`
    create table tech_platform_eval_round (
      id serial primary key,
      region_code varchar(6) not null,
      title varchar(100) not null,
      kinds jsonb not null,
      level varchar(40) not null,
      year integer not null,
      state varchar(20) not null,
      hardship_area boolean not null,
      opened_on date not null,
      graded_on date,
      notice_id integer,
      ${tracked}
    )`.execute(db);
  await sql`create index tech_platform_eval_round_region_idx on tech_platform_eval_round (region_code text_pattern_ops, opened_on)`.execute(
    db,
  );

  await sql`
    create table tech_platform_eval_round_history (
      id serial primary key,
      round_id integer not null references tech_platform_eval_round(id),
      region_code varchar(6) not null,
      from_state varchar(20),
      to_state varchar(20) not null,
      actor_id integer,
      actor_name varchar(50),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index tech_platform_eval_round_history_round_idx on tech_platform_eval_round_history (round_id)`.execute(
    db,
  );

  await sql`
    create table tech_platform_eval_entry (
      id serial primary key,
      region_code varchar(6) not null,
      round_id integer not null references tech_platform_eval_round(id),
      platform_id integer not null references tech_platform(id),
      scheme_id integer not null references tech_platform_eval_scheme(id),
      year integer not null,
      enterprise_id integer references enterprise(id),
      status varchar(20) not null default 'draft',
      data jsonb not null default '{}',
      submitted_at timestamptz,
      quantitative_score numeric(5,2),
      quantitative_items jsonb,
      qualitative_score numeric(5,2),
      management_score numeric(5,2),
      management_comment varchar(500),
      total_score numeric(5,2),
      grade char(1),
      grade_message varchar(500),
      revocation_proposed boolean not null default false,
      revocation_reason varchar(200),
      ${tracked},
      unique (platform_id, year)
    )`.execute(db);
  await sql`create index tech_platform_eval_entry_round_idx on tech_platform_eval_entry (round_id)`.execute(db);
  await sql`create index tech_platform_eval_entry_enterprise_idx on tech_platform_eval_entry (enterprise_id)`.execute(
    db,
  );

  await sql`
    create table tech_platform_eval_expert (
      id serial primary key,
      region_code varchar(6) not null,
      entry_id integer not null references tech_platform_eval_entry(id),
      expert_id integer not null references app_user(id),
      status varchar(20) not null default 'assigned',
      scores jsonb not null default '{}',
      comment varchar(1000),
      submitted_at timestamptz,
      ${tracked},
      unique (entry_id, expert_id)
    )`.execute(db);
  await sql`create index tech_platform_eval_expert_expert_idx on tech_platform_eval_expert (expert_id)`.execute(db);
  await grantPermissions(db, 'expert', ['tech-platform:review']);
}
