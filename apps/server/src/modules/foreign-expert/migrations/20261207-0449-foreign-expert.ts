import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';

/** Common countries of foreign experts, ISO 3166-1 alpha-2 code → Chinese name; staff add more in 字典管理. */
const COUNTRIES: Record<string, string> = {
  NL: '荷兰',
  GB: '英国',
  US: '美国',
  DE: '德国',
  FR: '法国',
  IT: '意大利',
  ES: '西班牙',
  BE: '比利时',
  DK: '丹麦',
  SE: '瑞典',
  FI: '芬兰',
  NO: '挪威',
  CH: '瑞士',
  AT: '奥地利',
  PL: '波兰',
  CZ: '捷克',
  RU: '俄罗斯',
  BY: '白俄罗斯',
  UA: '乌克兰',
  KZ: '哈萨克斯坦',
  IL: '以色列',
  JP: '日本',
  KR: '韩国',
  SG: '新加坡',
  IN: '印度',
  PK: '巴基斯坦',
  AU: '澳大利亚',
  NZ: '新西兰',
  CA: '加拿大',
  BR: '巴西',
};

/**
 * 外国专家 (docs/rules.md §5.7): expert profiles (passport sealed, digest for duplicates), visits and guidance at
 * enterprises of the register, each linked to a 引智基地 (a tech_platform of kind talent_base); the country
 * dictionary; permissions to staff (read, write, reveal) and leaders (read).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table foreign_expert (
      id serial primary key,
      region_code varchar(6) not null,
      name varchar(100) not null,
      name_zh varchar(50),
      country varchar(10) not null,
      field varchar(100) not null,
      employer varchar(200),
      passport_sealed text not null,
      passport_digest char(64) not null,
      passport_masked varchar(30) not null,
      phone varchar(20),
      email varchar(100),
      work_permit_no varchar(30),
      talent_base_id integer references tech_platform(id),
      remark varchar(500),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1
    )`.execute(db);
  await sql`create index foreign_expert_region_idx on foreign_expert (region_code text_pattern_ops)`.execute(db);
  await sql`create unique index foreign_expert_passport_idx on foreign_expert (region_code, passport_digest)`.execute(
    db,
  );
  await sql`
    create table foreign_expert_visit (
      id serial primary key,
      region_code varchar(6) not null,
      start_on date not null,
      end_on date not null,
      topics varchar(1000) not null,
      results varchar(2000),
      talent_base_id integer references tech_platform(id),
      created_at timestamptz not null default now(),
      created_by integer,
      updated_at timestamptz not null default now(),
      updated_by integer,
      version integer not null default 1,
      check (end_on >= start_on)
    )`.execute(db);
  await sql`create index foreign_expert_visit_region_idx on foreign_expert_visit (region_code text_pattern_ops, start_on)`.execute(
    db,
  );
  await sql`
    create table foreign_expert_visit_expert (
      visit_id integer not null references foreign_expert_visit(id) on delete cascade,
      expert_id integer not null references foreign_expert(id),
      primary key (visit_id, expert_id)
    )`.execute(db);
  await sql`create index foreign_expert_visit_expert_idx on foreign_expert_visit_expert (expert_id)`.execute(db);
  await sql`
    create table foreign_expert_visit_enterprise (
      visit_id integer not null references foreign_expert_visit(id) on delete cascade,
      enterprise_id integer not null references enterprise(id),
      primary key (visit_id, enterprise_id)
    )`.execute(db);
  await sql`create index foreign_expert_visit_enterprise_idx on foreign_expert_visit_enterprise (enterprise_id)`.execute(
    db,
  );

  const exists = await sql`select 1 from dict_type where code = 'foreign_expert_country'`.execute(db);
  if (exists.rows.length === 0) {
    await sql`insert into dict_type (code, name, builtin) values ('foreign_expert_country', '外国专家国籍', false)`.execute(
      db,
    );
    let sort = 0;
    for (const [value, label] of Object.entries(COUNTRIES)) {
      await sql`insert into dict_item (type_code, value, label, sort) values ('foreign_expert_country', ${value}, ${label}, ${sort++})`.execute(
        db,
      );
    }
  }
  await grantPermissions(db, 'staff', ['foreign-expert:read', 'foreign-expert:write', 'foreign-expert:reveal']);
  await grantPermissions(db, 'leader', ['foreign-expert:read']);
}
