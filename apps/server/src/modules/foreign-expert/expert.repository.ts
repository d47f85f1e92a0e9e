import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT, type TForeignExpertListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { FOREIGN_EXPERT_COLUMNS } from './foreign-expert.policy';
import type { ForeignExpertTable } from './foreign-expert.tables';

export type ExpertRow = Selectable<ForeignExpertTable> & {
  region_name: string | null;
  country_label: string | null;
  talent_base_name: string | null;
  visit_count: number;
};
export type ExpertFilter = Omit<TForeignExpertListQuery, 'current' | 'pageSize'>;

/** What a list, the detail and the versioned update show over an expert row called `alias`. */
export const expertExtras = (alias: string) => [
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name'),
  sql<
    string | null
  >`(select label from dict_item where type_code = ${FOREIGN_EXPERT_COUNTRY_DICT} and value = ${sql.ref(`${alias}.country`)} limit 1)`.as(
    'country_label',
  ),
  sql<string | null>`(select name from tech_platform where id = ${sql.ref(`${alias}.talent_base_id`)})`.as(
    'talent_base_name',
  ),
  sql<number>`(select count(*)::int from foreign_expert_visit_expert where expert_id = ${sql.ref(`${alias}.id`)})`.as(
    'visit_count',
  ),
];

const SORTABLE = { name: 'r.name', country: 'r.country', updatedAt: 'r.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: ExpertFilter) {
  let q = db.selectFrom('foreign_expert as r').where(scopeFilter(scope, FOREIGN_EXPERT_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([eb('r.name', 'ilike', like), eb('r.name_zh', 'like', like), eb('r.employer', 'like', like)]),
    );
  }
  if (f.country) q = q.where('r.country', '=', f.country);
  if (f.talentBaseId) q = q.where('r.talent_base_id', '=', f.talentBaseId);
  if (f.ids) q = q.where('r.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the experts in scope with the filter's total, by name unless sorted. */
export async function listExperts(db: Kysely<DB>, scope: RowScope, f: ExpertFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('r').select(expertExtras('r'));
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['r.name', 'asc'], idColumn: 'r.id' },
  );
  return { rows: data as ExpertRow[], total };
}

/** Every expert the filter matches (for export), capped. */
export async function listAllExperts(db: Kysely<DB>, scope: RowScope, f: ExpertFilter, cap: number) {
  return (await filtered(db, scope, f)
    .selectAll('r')
    .select(expertExtras('r'))
    .orderBy('r.name')
    .orderBy('r.id')
    .limit(cap)
    .execute()) as ExpertRow[];
}

export async function findExpert(db: Kysely<DB>, id: number): Promise<ExpertRow | undefined> {
  return (await db
    .selectFrom('foreign_expert as r')
    .selectAll('r')
    .select(expertExtras('r'))
    .where('r.id', '=', id)
    .executeTakeFirst()) as ExpertRow | undefined;
}

/** Another expert of the county with the same passport (by digest), for the duplicate refusal. */
export async function expertWithPassport(db: Kysely<DB>, regionCode: string, digest: string, exceptId?: number) {
  let q = db
    .selectFrom('foreign_expert')
    .select(['id', 'name'])
    .where('region_code', '=', regionCode)
    .where('passport_digest', '=', digest);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

/** The experts of these ids (name, region) for a visit's checks. */
export async function expertsByIds(db: Kysely<DB>, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('foreign_expert').select(['id', 'name', 'region_code']).where('id', 'in', ids).execute();
}
