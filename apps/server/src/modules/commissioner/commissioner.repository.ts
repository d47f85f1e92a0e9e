import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TCommissionerListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { COMMISSIONER_COLUMNS } from './commissioner.policy';
import type { CommissionerTable } from './commissioner.tables';

export type CommissionerRow = Selectable<CommissionerTable> & { region_name: string | null; username: string | null };
export type CommissionerFilter = Omit<TCommissionerListQuery, 'current' | 'pageSize'>;

/** The county's name and the linked login's username, over the row called `alias` (also for the versioned update). */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');
export const usernameOf = (alias: string) =>
  sql<string | null>`(select username from app_user where id = ${sql.ref(`${alias}.user_id`)})`.as('username');

const SORTABLE = {
  name: 'c.name',
  termStart: 'c.term_start',
  appointedOn: 'c.appointed_on',
  updatedAt: 'c.updated_at',
};

function filtered(db: Kysely<DB>, scope: RowScope, f: CommissionerFilter) {
  let q = db.selectFrom('commissioner as c').where(scopeFilter(scope, COMMISSIONER_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('c.name', 'like', like), eb('c.unit_name', 'like', like), eb('c.team_name', 'like', like)]),
    );
  }
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.batch) q = q.where('c.batch', '=', f.batch);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.field) q = q.where('c.field', '=', f.field);
  if (f.ids) q = q.where('c.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the roster in scope with the filter's total, latest term first unless sorted. */
export async function listCommissioners(db: Kysely<DB>, scope: RowScope, f: CommissionerFilter, page: PageRequest) {
  const query = filtered(db, scope, f)
    .selectAll('c')
    .select([regionNameOf('c'), usernameOf('c')]);
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['c.term_start', 'desc'], idColumn: 'c.id' },
  );
  return { rows: data as CommissionerRow[], total };
}

/** Every commissioner the filter matches (for export), capped. */
export async function listAllCommissioners(db: Kysely<DB>, scope: RowScope, f: CommissionerFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('c')
    .select([regionNameOf('c'), usernameOf('c')])
    .orderBy('c.term_start', 'desc')
    .orderBy('c.id', 'desc')
    .limit(cap)
    .execute()) as CommissionerRow[];
}

export async function findCommissioner(db: Kysely<DB>, id: number): Promise<CommissionerRow | undefined> {
  return (await db
    .selectFrom('commissioner as c')
    .selectAll('c')
    .select([regionNameOf('c'), usernameOf('c')])
    .where('c.id', '=', id)
    .executeTakeFirst()) as CommissionerRow | undefined;
}

/** Another commissioner of the same person (by digest) in the same level and batch. */
export async function findDuplicate(db: Kysely<DB>, digest: string, level: string, batch: string, exceptId?: number) {
  let q = db
    .selectFrom('commissioner')
    .select(['id', 'name', 'region_code'])
    .where('id_number_digest', '=', digest)
    .where('level', '=', level)
    .where('batch', '=', batch);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
}

export async function historyOf(db: Kysely<DB>, id: number) {
  return db.selectFrom('commissioner_history').selectAll().where('commissioner_id', '=', id).orderBy('id').execute();
}

/** Whether a code is a current county-level region (where a commissioner may belong). */
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

/** The county-level regions (current codes) under a scope prefix: where rows may be written. */
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

/** Appointed (or since expired/dismissed) commissioners of a region: the report's facts filter them further. */
export async function appointedInRegion(db: Kysely<DB>, scopePrefix: string) {
  return db
    .selectFrom('commissioner')
    .select(['id', 'name', 'level', 'status', 'appointed_on', 'term_start', 'term_end'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('appointed_on', 'is not', null)
    .orderBy('id')
    .execute();
}

/** The logins with role commissioner in a region (the form's 关联账号 choices). */
export async function commissionerAccounts(db: Kysely<DB>, scopePrefix: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name'])
    .where('r.role_code', '=', 'commissioner')
    .where('u.status', '=', 'active')
    .where(codeStartsWith('u.region_code', scopePrefix))
    .orderBy('u.username')
    .execute();
}
