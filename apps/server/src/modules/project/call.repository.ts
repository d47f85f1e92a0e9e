import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZCallListQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { ProjectCallTable, ProjectFileTable } from './project.tables';
import { codeStartsWith } from '../../platform/db/code-prefix';

export type CallRow = Selectable<ProjectCallTable> & { category_label: string | null; application_count: number };
export type CallFilter = Omit<z.infer<typeof ZCallListQuery>, 'current' | 'pageSize'>;
export type FileRow = Selectable<ProjectFileTable> & { uploaded_by_name: string | null };

const label = sql<
  string | null
>`(select d.label from dict_item d where d.type_code = 'project_category' and d.value = c.category)`;
const count = sql<number>`(select count(*)::int from project_application a where a.call_id = c.id)`;

function filtered(db: Kysely<DB>, prefix: string, publishedOnly: boolean, f: CallFilter) {
  let q = db.selectFrom('project_call as c').where(codeStartsWith('c.region_code', prefix));
  if (publishedOnly) q = q.where('c.status', '=', 'published');
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.level) q = q.where('c.level', '=', f.level);
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.keyword) q = q.where('c.title', 'like', `%${f.keyword}%`);
  if (f.phase === 'not-open') q = q.where(sql<boolean>`c.opens_at > now()`);
  if (f.phase === 'open') q = q.where(sql<boolean>`now() between c.opens_at and c.closes_at`);
  if (f.phase === 'closed') q = q.where(sql<boolean>`c.closes_at < now()`);
  return q;
}

/** One page of calls in a region prefix (enterprise users see published ones only), newest closing first. */
export async function listCalls(
  db: Kysely<DB>,
  prefix: string,
  publishedOnly: boolean,
  f: CallFilter,
  page: { current: number; pageSize: number },
) {
  const [rows, total] = await Promise.all([
    filtered(db, prefix, publishedOnly, f)
      .selectAll('c')
      .select([label.as('category_label'), count.as('application_count')])
      .orderBy('c.closes_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(page.pageSize)
      .offset((page.current - 1) * page.pageSize)
      .execute(),
    filtered(db, prefix, publishedOnly, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as CallRow[], total: Number(total.n) };
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
