import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely } from 'kysely';
import type { TLiaisonAssignment, TLiaisonAssignmentListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { ASSIGNMENT_COLUMNS } from './liaison.policy';

export type AssignmentFilter = Omit<TLiaisonAssignmentListQuery, 'current' | 'pageSize'>;

const SORTABLE = { startOn: 'a.start_on', endOn: 'a.end_on', enterpriseName: 'e.name' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('liaison_assignment as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .innerJoin('app_user as u', 'u.id', 'a.cadre_id')
    .select([
      'a.id',
      'a.region_code',
      'a.enterprise_id',
      'a.cadre_id',
      'a.start_on',
      'a.end_on',
      'a.source',
      'a.rule_label',
      'a.remark',
      'a.version',
      'e.name as enterprise_name',
      'u.display_name as cadre_name',
      sql<string | null>`(select name from region where code = e.township_code)`.as('township_name'),
    ]);
}
type AssignmentRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export function presentAssignment(r: AssignmentRow): TLiaisonAssignment {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    townshipName: r.township_name,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    startOn: r.start_on,
    endOn: r.end_on,
    source: r.source === 'rule' ? 'rule' : 'manual',
    ruleLabel: r.rule_label,
    remark: r.remark,
    version: r.version,
  };
}

/** One page of the assignments in scope, latest start first unless sorted. */
export async function listAssignments(db: Kysely<DB>, scope: RowScope, f: AssignmentFilter, page: PageRequest) {
  let q = base(db).where(scopeFilter(scope, ASSIGNMENT_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('e.name', 'like', like), eb('u.display_name', 'like', like)]));
  }
  if (f.cadreId) q = q.where('a.cadre_id', '=', f.cadreId);
  if (f.on) q = q.where('a.start_on', '<=', f.on).where('a.end_on', '>=', f.on);
  if (f.ids) q = q.where('a.id', 'in', f.ids.split(',').map(Number));
  const { data, total } = await listPage(
    q,
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['a.start_on', 'desc'], idColumn: 'a.id' },
  );
  return { rows: data.map(presentAssignment), total };
}

export async function findAssignment(db: Kysely<DB>, id: number) {
  const r = await base(db).where('a.id', '=', id).executeTakeFirst();
  return r && presentAssignment(r);
}

/** The lead assignments of these enterprises that overlap [from, to] (at most one each, by the rule). */
export async function leadsOverlapping(db: Kysely<DB>, enterpriseIds: number[], from: string, to: string) {
  if (!enterpriseIds.length) return new Map<number, { assignmentId: number; cadreName: string; endOn: string }>();
  const rows = await db
    .selectFrom('liaison_assignment as a')
    .innerJoin('app_user as u', 'u.id', 'a.cadre_id')
    .select(['a.id', 'a.enterprise_id', 'a.end_on', 'u.display_name'])
    .where('a.enterprise_id', 'in', enterpriseIds)
    .where('a.start_on', '<=', to)
    .where('a.end_on', '>=', from)
    .execute();
  return new Map(
    rows.map((r) => [r.enterprise_id, { assignmentId: r.id, cadreName: r.display_name, endOn: r.end_on }]),
  );
}

/** The lead cadre of an enterprise on a date (the cadre a visit's issues are followed by). */
export async function leadOn(db: Kysely<DB>, enterpriseId: number, on: string) {
  return db
    .selectFrom('liaison_assignment')
    .select(['id', 'cadre_id'])
    .where('enterprise_id', '=', enterpriseId)
    .where('start_on', '<=', on)
    .where('end_on', '>=', on)
    .executeTakeFirst();
}
