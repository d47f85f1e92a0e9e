import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { TTechDemandListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { TECH_DEMAND_COLUMNS } from './tech-demand.policy';
import type { TechDemandTable } from './tech-demand.tables';

export type DemandRow = Selectable<TechDemandTable> & {
  region_name: string | null;
  enterprise_name: string | null;
  call_title: string | null;
};
export type DemandFilter = Omit<TTechDemandListQuery, 'current' | 'pageSize'>;

function base(db: Kysely<DB>) {
  return db
    .selectFrom('tech_demand as d')
    .selectAll('d')
    .select(sql<string | null>`(select name from region where code = d.region_code)`.as('region_name'))
    .select(sql<string | null>`(select name from enterprise where id = d.enterprise_id)`.as('enterprise_name'))
    .select(sql<string | null>`(select title from tech_demand_call where id = d.call_id)`.as('call_title'));
}

const SORTABLE = { title: 'd.title', budget: 'd.budget', reviewScore: 'd.review_score', updatedAt: 'd.updated_at' };

function filtered(db: Kysely<DB>, scope: RowScope, f: DemandFilter) {
  let q = base(db).where(scopeFilter(scope, TECH_DEMAND_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) =>
      eb.or([
        eb('d.title', 'like', like),
        eb('d.problem', 'like', like),
        eb.exists(
          eb
            .selectFrom('enterprise as e')
            .select('e.id')
            .whereRef('e.id', '=', 'd.enterprise_id')
            .where('e.name', 'like', like),
        ),
      ]),
    );
  }
  if (f.callId) q = q.where('d.call_id', '=', f.callId);
  if (f.state) q = q.where('d.state', '=', f.state);
  if (f.field) q = q.where('d.field', '=', f.field);
  if (f.enterpriseId) q = q.where('d.enterprise_id', '=', f.enterpriseId);
  if (f.ids) q = q.where('d.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the demands in scope, newest change first unless sorted. */
export async function listDemands(db: Kysely<DB>, scope: RowScope, f: DemandFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['d.updated_at', 'desc'], idColumn: 'd.id' },
  );
  return { rows: data as DemandRow[], total };
}

/** Every demand the filter matches (for export), capped. */
export async function listAllDemands(db: Kysely<DB>, scope: RowScope, f: DemandFilter, cap: number) {
  return (await filtered(db, scope, f).orderBy('d.id', 'desc').limit(cap).execute()) as DemandRow[];
}

/** One demand with its names. */
export async function findDemand(db: Kysely<DB>, id: number): Promise<DemandRow | undefined> {
  return (await base(db).where('d.id', '=', id).executeTakeFirst()) as DemandRow | undefined;
}

/** The experts assigned to a demand (its access rule for experts). */
export async function expertIdsOf(db: Kysely<DB>, demandId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('tech_demand_review')
    .select('expert_id')
    .where('demand_id', '=', demandId)
    .execute();
  return rows.map((r) => r.expert_id);
}

/** A demand's moves, oldest first. */
export async function demandHistory(db: Kysely<DB>, demandId: number) {
  return db.selectFrom('tech_demand_history').selectAll().where('demand_id', '=', demandId).orderBy('id').execute();
}

/** An enterprise of the register (region and name), or undefined. */
export async function findEnterprise(db: Kysely<DB>, id: number) {
  return db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', '=', id).executeTakeFirst();
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

/** The demands of a region (by prefix) whose given date column falls in [from, to], for the facts. */
export async function demandsDatedIn(
  db: Kysely<DB>,
  column: 'submitted_on' | 'selected_on' | 'published_on',
  scopePrefix: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('tech_demand')
    .select(['id', 'title', 'budget', 'state'])
    .where(codeStartsWith('region_code', scopePrefix))
    .where(column, '>=', from)
    .where(column, '<=', to)
    .orderBy('id')
    .execute();
}

/** The demands published and open to 揭榜 (已发榜, 揭榜中), newest publication first, for the public 榜单. */
export async function listPublishedDemands(db: Kysely<DB>): Promise<DemandRow[]> {
  return (await base(db)
    .where('d.state', 'in', ['published', 'bidding'])
    .orderBy('d.published_on', 'desc')
    .orderBy('d.id', 'desc')
    .limit(500)
    .execute()) as DemandRow[];
}

/** An enterprise's drafts returned by staff (their last move was 已提交 → 草稿), with the reason and the call's end. */
export async function returnedDraftsOf(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('tech_demand as d')
    .select(['d.id', 'd.title'])
    .select(
      sql<
        string | null
      >`(select h.reason from tech_demand_history h where h.demand_id = d.id order by h.id desc limit 1)`.as('reason'),
    )
    .select(sql<string | null>`(select collect_to from tech_demand_call c where c.id = d.call_id)`.as('collect_to'))
    .where('d.enterprise_id', '=', enterpriseId)
    .where('d.state', '=', 'draft')
    .where(
      sql<boolean>`(select h.from_state from tech_demand_history h where h.demand_id = d.id order by h.id desc limit 1) = 'submitted'`,
    )
    .orderBy('d.id')
    .execute();
}

/** An expert's assigned demands under 论证 whose scores it has not confirmed. */
export async function unconfirmedReviewsOf(db: Kysely<DB>, expertId: number) {
  return db
    .selectFrom('tech_demand_review as v')
    .innerJoin('tech_demand as d', 'd.id', 'v.demand_id')
    .select(['v.id', 'd.title'])
    .where('v.expert_id', '=', expertId)
    .where('v.confirmed_at', 'is', null)
    .where('d.state', '=', 'reviewing')
    .orderBy('v.id')
    .execute();
}
