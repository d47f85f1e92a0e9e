import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import { FOREIGN_EXPERT_COUNTRY_DICT, type TForeignExpertVisitListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { FOREIGN_EXPERT_COLUMNS } from './foreign-expert.policy';
import type { ForeignExpertVisitTable } from './foreign-expert.tables';

export interface VisitLinks {
  experts: { id: number; name: string; countryLabel: string | null }[];
  enterprises: { id: number; name: string }[];
}
export type VisitRow = Selectable<ForeignExpertVisitTable> & {
  region_name: string | null;
  talent_base_name: string | null;
} & VisitLinks;
export type VisitFilter = Omit<TForeignExpertVisitListQuery, 'current' | 'pageSize'>;

/** What a list, the detail and the versioned update show over a visit row called `alias`. */
export const visitExtras = (alias: string) => [
  sql<string | null>`(select name from region where code = ${sql.ref(`${alias}.region_code`)})`.as('region_name'),
  sql<string | null>`(select name from tech_platform where id = ${sql.ref(`${alias}.talent_base_id`)})`.as(
    'talent_base_name',
  ),
];

const SORTABLE = { startOn: 'r.start_on', updatedAt: 'r.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: VisitFilter) {
  let q = db.selectFrom('foreign_expert_visit as r').where(scopeFilter(scope, FOREIGN_EXPERT_COLUMNS));
  if (f.keyword) q = q.where('r.topics', 'like', containing(f.keyword));
  if (f.year) q = q.where('r.start_on', '>=', `${f.year}-01-01`).where('r.start_on', '<=', `${f.year}-12-31`);
  if (f.talentBaseId) q = q.where('r.talent_base_id', '=', f.talentBaseId);
  if (f.expertId) {
    const expertId = f.expertId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('foreign_expert_visit_expert as ve')
          .select('ve.visit_id')
          .whereRef('ve.visit_id', '=', 'r.id')
          .where('ve.expert_id', '=', expertId),
      ),
    );
  }
  if (f.enterpriseId) {
    const enterpriseId = f.enterpriseId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('foreign_expert_visit_enterprise as vn')
          .select('vn.visit_id')
          .whereRef('vn.visit_id', '=', 'r.id')
          .where('vn.enterprise_id', '=', enterpriseId),
      ),
    );
  }
  if (f.ids) q = q.where('r.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** The experts and enterprises of these visits, by visit id. */
export async function linksOf(db: Kysely<DB>, visitIds: number[]): Promise<Map<number, VisitLinks>> {
  const out = new Map<number, VisitLinks>(visitIds.map((id) => [id, { experts: [], enterprises: [] }]));
  if (visitIds.length === 0) return out;
  const experts = await db
    .selectFrom('foreign_expert_visit_expert as ve')
    .innerJoin('foreign_expert as x', 'x.id', 've.expert_id')
    .select(['ve.visit_id', 'x.id', 'x.name'])
    .select(
      sql<
        string | null
      >`(select label from dict_item where type_code = ${FOREIGN_EXPERT_COUNTRY_DICT} and value = x.country limit 1)`.as(
        'country_label',
      ),
    )
    .where('ve.visit_id', 'in', visitIds)
    .orderBy('x.name')
    .execute();
  for (const x of experts) out.get(x.visit_id)!.experts.push({ id: x.id, name: x.name, countryLabel: x.country_label });
  const enterprises = await db
    .selectFrom('foreign_expert_visit_enterprise as vn')
    .innerJoin('enterprise as e', 'e.id', 'vn.enterprise_id')
    .select(['vn.visit_id', 'e.id', 'e.name'])
    .where('vn.visit_id', 'in', visitIds)
    .orderBy('e.name')
    .execute();
  for (const e of enterprises) out.get(e.visit_id)!.enterprises.push({ id: e.id, name: e.name });
  return out;
}

async function withLinks<R extends { id: number }>(db: Kysely<DB>, rows: R[]): Promise<(R & VisitLinks)[]> {
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, ...links.get(r.id)! }));
}

/** One page of the visits in scope with the filter's total, latest first unless sorted. */
export async function listVisits(db: Kysely<DB>, scope: RowScope, f: VisitFilter, page: PageRequest) {
  const query = filtered(db, scope, f).selectAll('r').select(visitExtras('r'));
  const { data, total } = await listPage(
    query,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['r.start_on', 'desc'], idColumn: 'r.id' },
  );
  return { rows: (await withLinks(db, data as Omit<VisitRow, keyof VisitLinks>[])) as VisitRow[], total };
}

export async function findVisit(db: Kysely<DB>, id: number): Promise<VisitRow | undefined> {
  const row = await db
    .selectFrom('foreign_expert_visit as r')
    .selectAll('r')
    .select(visitExtras('r'))
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? (await withLinks(db, [row]))[0] : undefined;
}
