import { containing } from '../../platform/db/like-pattern';
import type { Kysely } from 'kysely';
import {
  chinaToday,
  LIAISON_DICTS,
  LIAISON_OPEN_STATES,
  type LiaisonIssueState,
  type TLiaisonIssue,
  type TLiaisonIssueListQuery,
} from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { dictLabels } from './liaison-refs';
import { ISSUE_COLUMNS } from './liaison.policy';

export type IssueFilter = Omit<TLiaisonIssueListQuery, 'current' | 'pageSize'> & { cadreId?: number };

const SORTABLE = { dueOn: 'i.due_on', raisedOn: 'i.raised_on' };

function base(db: Kysely<DB>) {
  return db
    .selectFrom('liaison_issue as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .innerJoin('app_user as u', 'u.id', 'i.cadre_id')
    .selectAll('i')
    .select(['e.name as enterprise_name', 'u.display_name as cadre_name']);
}
export type IssueRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

const isOpen = (status: string) => (LIAISON_OPEN_STATES as readonly string[]).includes(status);

async function present(db: Kysely<DB>, rows: IssueRow[]): Promise<TLiaisonIssue[]> {
  const labels = await dictLabels(db, [LIAISON_DICTS.issueCategory, LIAISON_DICTS.department]);
  const today = chinaToday();
  return rows.map((r) => ({
    id: r.id,
    visitId: r.visit_id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    cadreId: r.cadre_id,
    cadreName: r.cadre_name,
    content: r.content,
    category: r.category,
    categoryLabel: labels.get(LIAISON_DICTS.issueCategory)?.get(r.category) ?? null,
    department: r.department,
    departmentLabel: labels.get(LIAISON_DICTS.department)?.get(r.department) ?? null,
    raisedOn: r.raised_on,
    dueOn: r.due_on,
    status: r.status as LiaisonIssueState,
    answer: r.answer,
    closedOn: r.closed_on,
    overdue: isOpen(r.status) && r.due_on < today,
    version: r.version,
  }));
}

function filtered(db: Kysely<DB>, scope: RowScope, f: IssueFilter) {
  let q = base(db).where(scopeFilter(scope, ISSUE_COLUMNS));
  if (f.keyword) {
    const like = containing(f.keyword);
    q = q.where((eb) => eb.or([eb('e.name', 'like', like), eb('i.content', 'like', like)]));
  }
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.overdue === 'true') q = q.where('i.status', 'in', LIAISON_OPEN_STATES).where('i.due_on', '<', chinaToday());
  if (f.cadreId) q = q.where('i.cadre_id', '=', f.cadreId);
  if (f.ids) q = q.where('i.id', 'in', f.ids.split(',').map(Number));
  return q;
}

/** One page of the issues in scope (an enterprise user: its own only), soonest due first unless sorted. */
export async function listIssues(db: Kysely<DB>, scope: RowScope, f: IssueFilter, page: PageRequest) {
  const { data, total } = await listPage(
    filtered(db, scope, f),
    { ...page, sortField: f.sort, sortOrder: f.order },
    { sortable: SORTABLE, defaultSort: ['i.due_on', 'asc'], idColumn: 'i.id' },
  );
  return { rows: await present(db, data), total };
}

/** Every issue the filter selects (the export), soonest due first, at most `cap`. */
export async function listAllIssues(db: Kysely<DB>, scope: RowScope, f: IssueFilter, cap: number) {
  const rows = await filtered(db, scope, f).orderBy('i.due_on', 'asc').orderBy('i.id', 'asc').limit(cap).execute();
  return present(db, rows);
}

export async function findIssueRow(db: Kysely<DB>, id: number) {
  return base(db).where('i.id', '=', id).executeTakeFirst();
}

/** One issue with its history, oldest move first. */
export async function issueWithHistory(db: Kysely<DB>, row: IssueRow): Promise<TLiaisonIssue> {
  const [issue] = await present(db, [row]);
  const history = await db
    .selectFrom('liaison_issue_history')
    .selectAll()
    .where('issue_id', '=', row.id)
    .orderBy('id')
    .execute();
  return {
    ...issue!,
    history: history.map((h) => ({
      fromState: h.from_state,
      toState: h.to_state,
      reason: h.reason,
      actorName: h.actor_name,
      at: h.at.toISOString(),
    })),
  };
}

/** Open issues past their due date (for the reminders), with the cadre and the enterprise's name. */
export async function overdueIssues(db: Kysely<DB>, today: string) {
  return db
    .selectFrom('liaison_issue as i')
    .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
    .select(['i.id', 'i.region_code', 'i.cadre_id', 'i.content', 'i.due_on', 'e.name as enterprise_name'])
    .where('i.status', 'in', LIAISON_OPEN_STATES)
    .where('i.due_on', '<', today)
    .orderBy('i.id')
    .execute();
}
