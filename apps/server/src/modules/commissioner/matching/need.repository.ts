import { containing } from '../../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import { COMMISSIONER_FIELD_DICT, type TNeedListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../../platform/auth/row-scope';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import { listPage, type PageRequest } from '../../../platform/db/paging';
import type { DB } from '../../../platform/db/schema';
import { NEED_COLUMNS } from './matching.policy';
import type { CommissionerNeedTable } from './matching.tables';

export type NeedRow = Selectable<CommissionerNeedTable> & {
  region_name: string | null;
  enterprise_name: string;
  field_label: string | null;
  commissioner_name: string | null;
  commissioner_unit: string | null;
  commissioner_user_id: number | null;
};
export type NeedFilter = Omit<TNeedListQuery, 'current' | 'pageSize'>;

const dictLabel = (column: string) =>
  sql<
    string | null
  >`(select label from dict_item where type_code = ${COMMISSIONER_FIELD_DICT} and value = ${sql.ref(column)} limit 1)`;

function base(db: Kysely<DB>) {
  return db
    .selectFrom('commissioner_need as n')
    .innerJoin('enterprise as e', 'e.id', 'n.enterprise_id')
    .leftJoin('commissioner as c', 'c.id', 'n.commissioner_id')
    .selectAll('n')
    .select([
      'e.name as enterprise_name',
      'c.name as commissioner_name',
      'c.unit_name as commissioner_unit',
      'c.user_id as commissioner_user_id',
    ])
    .select(sql<string | null>`(select name from region where code = n.region_code)`.as('region_name'))
    .select(dictLabel('n.field').as('field_label'));
}

const SORTABLE = { createdAt: 'n.created_at' };

/** One page of the needs in scope, newest first. */
export async function listNeeds(db: Kysely<DB>, scope: RowScope, f: NeedFilter, page: PageRequest) {
  let q = base(db).where(scopeFilter(scope, NEED_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('n.problem', 'like', like), eb('e.name', 'like', like)]));
  }
  if (f.status) q = q.where('n.status', '=', f.status);
  if (f.field) q = q.where('n.field', '=', f.field);
  if (f.ids) q = q.where('n.id', 'in', f.ids.split(',').map(Number));
  const { data, total } = await listPage(q, page, {
    sortable: SORTABLE,
    defaultSort: ['n.created_at', 'desc'],
    idColumn: 'n.id',
  });
  return { rows: data as NeedRow[], total };
}

export async function findNeed(db: Kysely<DB>, id: number): Promise<NeedRow | undefined> {
  return (await base(db).where('n.id', '=', id).executeTakeFirst()) as NeedRow | undefined;
}

export async function needHistory(db: Kysely<DB>, needId: number) {
  return db
    .selectFrom('commissioner_need_history')
    .select(['from_state', 'to_state', 'note', 'actor_name', 'at'])
    .where('need_id', '=', needId)
    .orderBy('id')
    .execute();
}

/**
 * Commissioners who may take a need of a county (docs/rules.md §5.1.2): appointed, the term covering the day, of the
 * county's city (the first four digits), with their open assignments.
 */
export async function candidatesFor(db: Kysely<DB>, countyCode: string, day: string) {
  return db
    .selectFrom('commissioner as c')
    .select(['c.id', 'c.name', 'c.level', 'c.region_code', 'c.field', 'c.speciality', 'c.unit_name'])
    .select(sql<string | null>`(select name from region where code = c.region_code)`.as('region_name'))
    .select(dictLabel('c.field').as('field_label'))
    .select(
      sql<number>`(select count(*)::int from commissioner_need x where x.commissioner_id = c.id and x.status = 'assigned')`.as(
        'load',
      ),
    )
    .where('c.status', '=', 'appointed')
    .where('c.term_start', '<=', day)
    .where('c.term_end', '>=', day)
    .where(codeStartsWith('c.region_code', countyCode.slice(0, 4)))
    .execute();
}

/** One commissioner as an assignment names them. */
export async function findCommissioner(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('commissioner')
    .select(['id', 'name', 'user_id', 'region_code', 'status', 'term_start', 'term_end'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findEnterprise(db: Kysely<DB>, id: number) {
  return db.selectFrom('enterprise').select(['id', 'name', 'region_code']).where('id', '=', id).executeTakeFirst();
}
