import { sql, type Kysely, type Selectable } from 'kysely';
import type { TTechDemandCallListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import type { TechDemandCallTable } from './tech-demand.tables';

export type CallRow = Selectable<TechDemandCallTable> & { region_name: string | null; demand_count: string | number };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('tech_demand_call as c')
    .selectAll('c')
    .select(sql<string | null>`(select name from region where code = c.region_code)`.as('region_name'))
    .select(
      sql<string>`(select count(*) from tech_demand d where d.call_id = c.id and d.state <> 'draft')`.as(
        'demand_count',
      ),
    );
}

/** One page of the calls of the user's region, newest year first. */
export async function listCalls(
  db: Kysely<DB>,
  scope: RowScope,
  f: Omit<TTechDemandCallListQuery, 'current' | 'pageSize'>,
  page: PageRequest,
) {
  let q = base(db).where(scopeFilter(scope, { region: 'c.region_code' }));
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.state) q = q.where('c.state', '=', f.state);
  const { data, total } = await listPage(q, page, {
    sortable: {},
    defaultSort: ['c.collect_from', 'desc'],
    idColumn: 'c.id',
  });
  return { rows: data as CallRow[], total };
}

/** The calls collecting demands in a county today (an enterprise picks one to submit into). */
export async function openCallsOf(db: Kysely<DB>, regionPrefix: string, today: string) {
  return (await base(db)
    .where(codeStartsWith('c.region_code', regionPrefix))
    .where('c.state', '=', 'collecting')
    .where('c.collect_from', '<=', today)
    .where('c.collect_to', '>=', today)
    .orderBy('c.collect_to')
    .execute()) as CallRow[];
}

export async function findCall(db: Kysely<DB>, id: number): Promise<CallRow | undefined> {
  return (await base(db).where('c.id', '=', id).executeTakeFirst()) as CallRow | undefined;
}

/** The demands of a call in a state, with what a move needs. */
export async function callDemandsIn(db: Kysely<DB>, callId: number, states: readonly string[]) {
  return db
    .selectFrom('tech_demand')
    .select(['id', 'state', 'version', 'region_code', 'enterprise_id', 'title'])
    .where('call_id', '=', callId)
    .where('state', 'in', states)
    .orderBy('id')
    .execute();
}
