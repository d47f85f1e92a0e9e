import type { Kysely, Selectable } from 'kysely';
import type { IndicatorDefinition, IndicatorDirection } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { IndicatorTargetTable, IndicatorTemplateTable } from './indicator.tables';

export type TemplateRow = Selectable<IndicatorTemplateTable>;
export type TargetRow = Selectable<IndicatorTargetTable>;

/** A template version with its definitions in order. */
export interface TemplateWithDefinitions extends TemplateRow {
  definitions: IndicatorDefinition[];
}

export async function definitionsOf(db: Kysely<DB>, templateId: number): Promise<IndicatorDefinition[]> {
  const rows = await db
    .selectFrom('indicator_definition')
    .select(['key', 'name', 'unit', 'direction', 'caliber', 'department', 'source', 'formula', 'decimals'])
    .where('template_id', '=', templateId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    ...r,
    direction: r.direction as IndicatorDirection,
    source: r.source as 'fact' | 'manual',
  }));
}

export async function findTemplate(db: Kysely<DB>, id: number): Promise<TemplateWithDefinitions | undefined> {
  const row = await db.selectFrom('indicator_template').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, definitions: await definitionsOf(db, row.id) };
}

/** The default template: the first built-in template's current version (甘肃县级科技工作指标). */
export async function defaultTemplateId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('indicator_template')
    .select('id')
    .where('built_in', '=', true)
    .where('current', '=', true)
    .orderBy('family_id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The current versions of the templates a region sees (built-in, or kept by its region or a region above). */
export async function listTemplates(db: Kysely<DB>, visible: (regionCode: string) => boolean) {
  const rows = await db
    .selectFrom('indicator_template')
    .selectAll()
    .where('current', '=', true)
    .orderBy('built_in', 'desc')
    .orderBy('id')
    .execute();
  return rows.filter((r) => r.built_in || visible(r.region_code));
}

/** Whether any template defines the indicator key (a target or a hand value names a real indicator). */
export async function definitionByKey(db: Kysely<DB>, key: string) {
  return db
    .selectFrom('indicator_definition')
    .select(['key', 'name', 'unit', 'source'])
    .where('key', '=', key)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The targets of some regions for a year, by region then indicator key. */
export async function targetsOf(db: Kysely<DB>, regionCodes: readonly string[], year: number) {
  if (regionCodes.length === 0) return [];
  return db
    .selectFrom('indicator_target')
    .selectAll()
    .where('region_code', 'in', regionCodes)
    .where('year', '=', year)
    .execute();
}

export async function findRegion(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'parent_code'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The regions directly under a region (a city's counties, the province's cities), in code order. */
export async function childrenOf(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('parent_code', '=', code)
    .where('level', 'in', ['province', 'city', 'county'])
    .where('valid_to', 'is', null)
    .orderBy('code')
    .execute();
}

/** The hand-entered values of a region and period, by indicator key. */
export async function handValuesOf(db: Kysely<DB>, regionCode: string, period: string) {
  return db
    .selectFrom('indicator_value')
    .selectAll()
    .where('region_code', '=', regionCode)
    .where('period', '=', period)
    .orderBy('code')
    .execute();
}
