import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZCallListQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { ProjectCallTable, ProjectFileTable } from './project.tables';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';

export type CallRow = Selectable<ProjectCallTable> & { category_label: string | null; application_count: number };
export type CallFilter = Omit<z.infer<typeof ZCallListQuery>, 'current' | 'pageSize'>;
export type FileRow = Selectable<ProjectFileTable> & { uploaded_by_name: string | null };

/** The label of a project category column in the `project_category` dictionary. */
export const categoryLabel = (column: 'c.category' | 'r.category') =>
  sql<
    string | null
  >`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = ${sql.ref(column)})`;
const label = categoryLabel('c.category');
const count = sql<number>`(select count(*)::int from project_application a where a.call_id = c.id)`;

/** The calls a user may list (`callScope` in the policy). */
export interface CallScope {
  scope: RowScope;
  publishedOnly: boolean;
}

function filtered(db: Kysely<DB>, { scope, publishedOnly }: CallScope, f: CallFilter) {
  let q = db.selectFrom('project_call as c').where(scopeFilter(scope, { region: 'c.region_code' }));
  if (publishedOnly) q = q.where('c.status', '=', 'published');
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.keyword) q = q.where('c.title', 'like', containing(f.keyword));
  if (f.phase === 'not-open') q = q.where(sql<boolean>`c.opens_at > now()`);
  if (f.phase === 'open') q = q.where(sql<boolean>`now() between c.opens_at and c.closes_at`);
  if (f.phase === 'closed') q = q.where(sql<boolean>`c.closes_at < now()`);
  return q;
}

/** One page of the calls in scope (enterprise users see published ones only), newest closing first. */
export async function listCalls(db: Kysely<DB>, scope: CallScope, f: CallFilter, page: PageRequest) {
  const query = filtered(db, scope, f)
    .selectAll('c')
    .select([label.as('category_label'), count.as('application_count')]);
  const { data, total } = await listPage(query, page, { defaultSort: ['c.closes_at', 'desc'], idColumn: 'c.id' });
  return { rows: data as CallRow[], total };
}

/** One call with its category label and application count. */
export async function findCall(db: Kysely<DB>, id: number): Promise<CallRow | undefined> {
  return (await db
    .selectFrom('project_call as c')
    .selectAll('c')
    .select([label.as('category_label'), count.as('application_count')])
    .where('c.id', '=', id)
    .executeTakeFirst()) as CallRow | undefined;
}

/** The files attached to some owners (calls or applications), oldest first. */
export async function filesOf(
  db: Kysely<DB>,
  ownerType: 'call' | 'application',
  ownerIds: number[],
): Promise<FileRow[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('project_file as f')
    .leftJoin('app_user as u', 'u.id', 'f.created_by')
    .selectAll('f')
    .select('u.display_name as uploaded_by_name')
    .where('f.owner_type', '=', ownerType)
    .where('f.owner_id', 'in', ownerIds)
    .orderBy('f.id')
    .execute();
}

/** One stored file's record. */
export function findFile(db: Kysely<DB>, id: number) {
  return db.selectFrom('project_file').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a category is an active entry of the `project_category` dictionary. */
export async function isActiveCategory(db: Kysely<DB>, category: string): Promise<boolean> {
  const item = await db
    .selectFrom('dict_item')
    .select('id')
    .where('type_code', '=', 'project_category')
    .where('value', '=', category)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return !!item;
}

/** Whether an expert has submitted scores for any application of the call. */
export async function hasSubmittedScores(db: Kysely<DB>, callId: number): Promise<boolean> {
  const scored = await db
    .selectFrom('review_assignment as r')
    .innerJoin('project_application as a', 'a.id', 'r.application_id')
    .select('r.id')
    .where('a.call_id', '=', callId)
    .where('r.status', '=', 'submitted')
    .executeTakeFirst();
  return !!scored;
}

/** A call's stored opening and closing times. */
export function findCallDates(db: Kysely<DB>, id: number) {
  return db.selectFrom('project_call').select(['opens_at', 'closes_at']).where('id', '=', id).executeTakeFirst();
}
