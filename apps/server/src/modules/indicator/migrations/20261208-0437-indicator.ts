import { sql, type Kysely } from 'kysely';
import { grantPermissions } from '../../../platform/db/grants';
import { BUILT_IN_TEMPLATES } from '../built-in-templates';

const tracked = sql.raw(`
  created_at timestamptz not null default now(),
  created_by integer,
  updated_at timestamptz not null default now(),
  updated_by integer,
  version integer not null default 1`);

/**
 * Indicator templates (versioned), their definitions and the targets per region and year, with the two built-in
 * templates (甘肃县级科技工作指标, 创新型县 15 项). Hand-entered values use the existing `indicator_value`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_template (
      id serial primary key,
      region_code varchar(6) not null,
      family_id integer,
      name varchar(60) not null,
      description varchar(500) not null default '',
      revision integer not null default 1,
      current boolean not null default true,
      built_in boolean not null default false,
      ${tracked}
    )`.execute(db);
  await sql`create index indicator_template_family_idx on indicator_template (family_id, revision)`.execute(db);
  await sql`
    create table indicator_definition (
      id serial primary key,
      template_id integer not null references indicator_template(id),
      position integer not null,
      key varchar(30) not null,
      name varchar(60) not null,
      unit varchar(10) not null,
      direction varchar(10) not null,
      caliber varchar(500) not null default '',
      department varchar(10) not null,
      source varchar(10) not null,
      formula varchar(500),
      decimals integer not null default 0,
      unique (template_id, key)
    )`.execute(db);
  await sql`
    create table indicator_target (
      id serial primary key,
      region_code varchar(6) not null,
      year integer not null,
      indicator_key varchar(30) not null,
      target numeric(20,2) not null check (target >= 0),
      half_year_target numeric(20,2) check (half_year_target >= 0),
      set_by_region varchar(6) not null,
      ${tracked},
      unique (region_code, year, indicator_key)
    )`.execute(db);
  await sql`create index indicator_target_year_idx on indicator_target (year, region_code text_pattern_ops)`.execute(
    db,
  );
  for (const t of BUILT_IN_TEMPLATES) {
    const { rows } = await sql<{ id: number }>`
      insert into indicator_template (region_code, name, description, built_in)
      values ('000000', ${t.name}, ${t.description}, true) returning id`.execute(db);
    const id = rows[0].id;
    await sql`update indicator_template set family_id = ${id} where id = ${id}`.execute(db);
    for (const [i, d] of t.definitions.entries()) {
      await sql`
        insert into indicator_definition
          (template_id, position, key, name, unit, direction, caliber, department, source, formula, decimals)
        values (${id}, ${i + 1}, ${d.key}, ${d.name}, ${d.unit}, ${d.direction}, ${d.caliber}, ${d.department},
          ${d.source}, ${d.formula}, ${d.decimals})`.execute(db);
    }
  }
  const all = ['indicator:read', 'indicator:template:write', 'indicator:target:write', 'indicator:value:write'];
  await grantPermissions(db, 'staff', all);
  await grantPermissions(db, 'leader', ['indicator:read']);
}
