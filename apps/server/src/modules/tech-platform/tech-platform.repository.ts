import { containing } from '../../platform/db/like-pattern';
import { sql, type Expression, type Kysely, type Selectable, type SqlBool } from 'kysely';
import { TECH_PLATFORM_KIND_DICT, TECH_PLATFORM_LEVEL_DICT, type TTechPlatformListQuery } from '@kechuang/domain';
import type { RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import type { TechPlatformTable } from './tech-platform.tables';

export type TechPlatformRow = Selectable<TechPlatformTable> & {
  region_name: string | null;
  kind_label: string | null;
  level_label: string | null;
  /** The register's enterprise name when the operator is in the register. */
  enterprise_name: string | null;
};
export type TechPlatformFilter = Omit<TTechPlatformListQuery, 'current' | 'pageSize'>;

const dictLabel = <A extends string>(type: string, alias: string, column: string, as: A) =>
  sql<
    string | null
  >`(select d.label from dict_item d where d.type_code = ${type} and d.value = ${sql.ref(`${alias}.${column}`)})`.as(
    as,
  );

/** The labels and names a platform row is answered with, over the platform called `alias` (also for updateVersioned). */
export const platformExtras = (alias: string) =>
  [
    sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name'),
    dictLabel(TECH_PLATFORM_KIND_DICT, alias, 'kind', 'kind_label'),
    dictLabel(TECH_PLATFORM_LEVEL_DICT, alias, 'level', 'level_label'),
    sql<string | null>`(select name from enterprise e where e.id = ${sql.ref(`${alias}.enterprise_id`)})`.as(
      'enterprise_name',
    ),
  ] as const;

/** The platforms a scope reads: a region by prefix, or those the enterprise operates or is a member unit of. */
function scoped(scope: RowScope): Expression<SqlBool> {
  if (scope.kind === 'region') return codeStartsWith('p.region_code', scope.prefix);
  if (scope.kind === 'own') {
    return sql<SqlBool>`(p.enterprise_id = ${scope.enterpriseId} or exists (select 1 from tech_platform_member m where m.platform_id = p.id and m.enterprise_id = ${scope.enterpriseId}))`;
  }
  return sql<SqlBool>`false`;
}

const SORTABLE = { recognizedOn: 'p.recognized_on', name: 'p.name', updatedAt: 'p.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: TechPlatformFilter) {
  let q = db.selectFrom('tech_platform as p').where(scoped(scope));
  if (f.keyword) {
    const like = containing(f.keyword);
    // The operator's name is looked up per row: as an EXISTS inside the OR, PostgreSQL scanned the whole register
    // for every page and count (bench/FINDINGS.md F19).
    q = q.where((eb) =>
      eb.or([
        eb('p.name', 'like', like),
        eb('p.operator_name', 'like', like),
        eb(sql<string | null>`(select e.name from enterprise e where e.id = p.enterprise_id)`, 'like', like),
      ]),
    );
  }
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (f.level) q = q.where('p.level', '=', f.level);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.regionCode) q = q.where(codeStartsWith('p.region_code', f.regionCode.replace(/(00)+$/, '')));
  if (f.year) q = q.where('p.recognized_on', '>=', `${f.year}-01-01`).where('p.recognized_on', '<=', `${f.year}-12-31`);
  if (f.ids) q = q.where('p.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the platforms in scope with the filter's total, latest 认定日期 first (not yet recognised last). */
export async function listTechPlatforms(db: Kysely<DB>, scope: RowScope, f: TechPlatformFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('p').select(platformExtras('p'));
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['p.updated_at', 'desc'], idColumn: 'p.id' },
  );
  return { rows: data as TechPlatformRow[], total };
}

/** Every platform the filter matches (for export), capped. */
export async function listAllTechPlatforms(db: Kysely<DB>, scope: RowScope, f: TechPlatformFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('p')
    .select(platformExtras('p'))
    .orderBy('p.region_code')
    .orderBy('p.kind')
    .orderBy('p.id')
    .limit(cap)
    .execute()) as TechPlatformRow[];
}

export async function findTechPlatform(db: Kysely<DB>, id: number): Promise<TechPlatformRow | undefined> {
  return (await db
    .selectFrom('tech_platform as p')
    .selectAll('p')
    .select(platformExtras('p'))
    .where('p.id', '=', id)
    .executeTakeFirst()) as TechPlatformRow | undefined;
}

/** The member units of platforms, in entry order. */
export async function membersOf(db: Kysely<DB>, platformIds: number[]) {
  if (platformIds.length === 0) return [];
  return db
    .selectFrom('tech_platform_member')
    .select(['id', 'platform_id', 'enterprise_id', 'name'])
    .where('platform_id', 'in', platformIds)
    .orderBy('id')
    .execute();
}

/** Whether a value is an active item of a dictionary. */
export async function isDictValue(db: Kysely<DB>, type: string, value: string): Promise<boolean> {
  const row = await db
    .selectFrom('dict_item')
    .select('value')
    .where('type_code', '=', type)
    .where('value', '=', value)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/** The active items of a dictionary (value, label), in order. */
export async function dictItems(db: Kysely<DB>, type: string) {
  return db
    .selectFrom('dict_item')
    .select(['value', 'label'])
    .where('type_code', '=', type)
    .where('status', '=', 'active')
    .orderBy('sort')
    .execute();
}

/** Enterprises of the register by id: name and county. */
export async function enterprisesByIds(db: Kysely<DB>, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', 'in', ids).execute();
}

/** Enterprises of a region by exact name (the import's 运营单位). */
export async function enterprisesByName(db: Kysely<DB>, scopePrefix: string, names: string[]) {
  if (names.length === 0) return [];
  return db
    .selectFrom('enterprise')
    .select(['id', 'name', 'region_code'])
    .where('name', 'in', names)
    .where(codeStartsWith('region_code', scopePrefix))
    .execute();
}

export async function isCounty(db: Kysely<DB>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', code)
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The county-level regions (current codes) under a scope prefix. */
export async function countyCodes(db: Kysely<DB>, scopePrefix: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .where(codeStartsWith('code', scopePrefix))
    .execute();
  return new Set(rows.map((r) => r.code));
}
