import { sql, type Kysely, type Selectable } from 'kysely';
import type { TLiaisonRecordListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { LIAISON_COLUMNS } from './liaison.policy';
import type { LiaisonRecordTable } from './liaison.tables';

export type LiaisonRecordRow = Selectable<LiaisonRecordTable> & { region_name: string | null };
export type LiaisonRecordFilter = Omit<TLiaisonRecordListQuery, 'current' | 'pageSize'>;

/** The name of the record's county, over the record called `alias` (also computed by the versioned update). */
export const regionNameOf = (alias: string) =>
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name');

/** The sortable fields of the list (the API's name → the column), and the default order. */
const SORTABLE = { recordedOn: 'r.recorded_on', name: 'r.name', updatedAt: 'r.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: LiaisonRecordFilter) {
  let q = db.selectFrom('liaison_record as r').where(scopeFilter(scope, LIAISON_COLUMNS));
  if (f.keyword) q = q.where('r.name', 'like', `%${f.keyword}%`);
  if (f.year) q = q.where('r.recorded_on', '>=', `${f.year}-01-01`).where('r.recorded_on', '<=', `${f.year}-12-31`);
  if (f.ids) q = q.where('r.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the records in scope with the filter's total, newest 登记日期 first unless sorted. */
export async function listLiaisonRecords(db: Kysely<DB>, scope: RowScope, f: LiaisonRecordFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('r').select(regionNameOf('r'));
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['r.recorded_on', 'desc'], idColumn: 'r.id' },
  );
  return { rows: data as LiaisonRecordRow[], total };
}

/** Every record the filter matches (for export), newest first, capped. */
export async function listAllLiaisonRecords(db: Kysely<DB>, scope: RowScope, f: LiaisonRecordFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('r')
    .select(regionNameOf('r'))
    .orderBy('r.recorded_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(cap)
    .execute()) as LiaisonRecordRow[];
}

/** One record with its county's name. */
export async function findLiaisonRecord(db: Kysely<DB>, id: number): Promise<LiaisonRecordRow | undefined> {
  return (await db
    .selectFrom('liaison_record as r')
    .selectAll('r')
    .select(regionNameOf('r'))
    .where('r.id', '=', id)
    .executeTakeFirst()) as LiaisonRecordRow | undefined;
}

/** Whether a code is a current county-level region (where a record may belong). */
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

/** The county-level regions (current codes) under a scope prefix: where records may be written. */
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

/** The records of a region (by prefix) whose 登记日期 falls in [from, to], in id order: the report's facts. */
export async function recordsInPeriod(db: Kysely<DB>, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('liaison_record')
    .select(['id', 'name'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where('recorded_on', '>=', from)
    .where('recorded_on', '<=', to)
    .orderBy('id')
    .execute();
}
