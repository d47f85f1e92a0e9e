import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely } from 'kysely';
import { LIAISON_DICTS, type TLiaisonVisit, type TLiaisonVisitListQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { dictLabels } from './liaison-refs';
import { VISIT_COLUMNS } from './liaison.policy';

export type VisitFilter = Omit<TLiaisonVisitListQuery, 'current' | 'pageSize'> & { cadreId?: number };

const SORTABLE = { visitedOn: 'v.visited_on', enterpriseName: 'e.name' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('liaison_visit as v')
    .innerJoin('enterprise as e', 'e.id', 'v.enterprise_id')
    .innerJoin('app_user as u', 'u.id', 'v.cadre_id')
    .select([
      'v.id',
      'v.region_code',
      'v.enterprise_id',
      'v.cadre_id',
      'v.visited_on',
      'v.form',
      'v.people_met',
      'v.policies',
      'v.questions',
      'v.campaign',
      'e.name as enterprise_name',
      'u.display_name as cadre_name',
      sql<number>`(select count(*)::int from liaison_issue i where i.visit_id = v.id)`.as('issue_count'),
    ]);
}
type VisitRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

async function present(db: Kysely<DB>, rows: VisitRow[]): Promise<TLiaisonVisit[]> {
  const labels = await dictLabels(db, [LIAISON_DICTS.visitForm, LIAISON_DICTS.policy, LIAISON_DICTS.campaign]);
  const label = (type: string, v: string | null) => (v === null ? null : (labels.get(type)?.get(v) ?? null));
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    visitedOn: r.visited_on,
    form: r.form,
    formLabel: label(LIAISON_DICTS.visitForm, r.form),
    peopleMet: r.people_met,
    policies: r.policies,
    policyLabels: r.policies.map((p) => label(LIAISON_DICTS.policy, p) ?? p),
    questions: r.questions,
    campaign: r.campaign,
    campaignLabel: label(LIAISON_DICTS.campaign, r.campaign),
    issueCount: Number(r.issue_count),
  }));
}

function filtered(db: Kysely<DB>, scope: RowScope, f: VisitFilter) {
  let q = base(db).where(scopeFilter(scope, VISIT_COLUMNS));
  if (f.keyword) q = q.where('e.name', 'like', containing(f.keyword));
  if (f.year) q = q.where('v.visited_on', '>=', `${f.year}-01-01`).where('v.visited_on', '<=', `${f.year}-12-31`);
  if (f.cadreId) q = q.where('v.cadre_id', '=', f.cadreId);
  if (f.ids) q = q.where('v.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the visits in scope, newest first unless sorted. */
export async function listVisits(db: Kysely<DB>, scope: RowScope, f: VisitFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['v.visited_on', 'desc'], idColumn: 'v.id' },
  );
  return { rows: await present(db, data), total };
}

/** Every visit the filter selects (the export), newest first, at most `cap`. */
export async function listAllVisits(db: Kysely<DB>, scope: RowScope, f: VisitFilter, cap: number) {
  const rows = await filtered(db, scope, f)
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(cap)
    .execute();
  return present(db, rows);
}

export async function findVisit(db: Kysely<DB>, id: number) {
  const r = await base(db).where('v.id', '=', id).executeTakeFirst();
  return r && (await present(db, [r]))[0];
}
