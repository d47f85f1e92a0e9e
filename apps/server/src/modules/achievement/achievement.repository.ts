import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TAchievementListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { ACHIEVEMENT_COLUMNS } from './achievement.policy';
import type { AchievementTable } from './achievement.tables';

export type AchievementRow = Selectable<AchievementTable> & { region_name: string | null };
export type AchievementFilter = Omit<TAchievementListQuery, 'current' | 'pageSize'>;

/** The name of the registration's county, over the table called `alias` (also computed by the versioned update). */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');

/** The sortable fields of the list (the API's name → the column). */
const SORTABLE = { registeredOn: 'a.registered_on', name: 'a.name', updatedAt: 'a.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: AchievementFilter) {
  let q = db.selectFrom('achievement as a').where(scopeFilter(scope, ACHIEVEMENT_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('a.name', 'like', like), eb('a.first_unit_name', 'like', like), eb('a.registration_no', 'like', like)]),
    );
  }
  if (f.category) q = q.where('a.category', '=', f.category);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.regionCode) q = q.where(codeStartsWith('a.region_code', f.regionCode));
  // The year of 登记日期; one not registered yet counts by the year it was started.
  if (f.year) {
    q = q.where(
      sql<boolean>`extract(year from coalesce(a.registered_on, (a.created_at at time zone 'Asia/Shanghai')::date)) = ${f.year}`,
    );
  }
  if (f.ids) q = q.where('a.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the registrations in scope with the filter's total, latest first unless sorted. */
export async function listAchievements(db: Kysely<DB>, scope: RowScope, f: AchievementFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('a').select(regionNameOf('a'));
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['a.updated_at', 'desc'], idColumn: 'a.id' },
  );
  return { rows: data as AchievementRow[], total };
}

/** Every registration the filter matches (for export), latest first, capped. */
export async function listAllAchievements(db: Kysely<DB>, scope: RowScope, f: AchievementFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('a')
    .select(regionNameOf('a'))
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(cap)
    .execute()) as AchievementRow[];
}

/** One registration with its county's name. */
export async function findAchievement(db: Kysely<DB>, id: number): Promise<AchievementRow | undefined> {
  return (await db
    .selectFrom('achievement as a')
    .selectAll('a')
    .select(regionNameOf('a'))
    .where('a.id', '=', id)
    .executeTakeFirst()) as AchievementRow | undefined;
}

/** The moves of a registration, in order. */
export async function historyOfAchievement(db: Kysely<DB>, id: number) {
  return db.selectFrom('achievement_transition').selectAll().where('achievement_id', '=', id).orderBy('id').execute();
}

/** The registration holding a 登记号, if any (the number is unique). */
export async function holderOfRegistrationNo(db: Kysely<DB>, no: string) {
  return db.selectFrom('achievement').select(['id', 'name']).where('registration_no', '=', no).executeTakeFirst();
}

/** An enterprise of the register: its name and county (the first completing unit). */
export async function findEnterpriseUnit(db: Kysely<DB>, id: number) {
  return db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', '=', id).executeTakeFirst();
}

/** Whether a code is a current county-level region (where a registration may belong). */
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

/** Registrations (已登记) of a region whose 登记日期 falls in [from, to], in id order: the report's facts. */
export async function registeredInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('achievement')
    .select(['id', 'name', 'category', 'enterprise_id', 'first_unit_name'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('status', '=', 'registered')
    .where('registered_on', '>=', from)
    .where('registered_on', '<=', to)
    .orderBy('id')
    .execute();
}

/** Registrations of a region submitted (for the first time or again) in [from, to], China time, in id order. */
export async function submittedInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('achievement as a')
    .select(['a.id', 'a.name', 'a.category'])
    .where(codeStartsWith('a.region_code', scopePrefix))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('achievement_transition as t')
          .select('t.id')
          .whereRef('t.achievement_id', '=', 'a.id')
          .where('t.to_state', '=', 'submitted')
          .where(sql<boolean>`(t.at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`),
      ),
    )
    .orderBy('a.id')
    .execute();
}
