import { containing } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZRdTaskQuery } from '@kechuang/domain';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { RdTaskTable } from './rd.tables';

export type RdTaskRow = Selectable<RdTaskTable> & { region_name: string | null };

/** Status counts of a task's units. */
export interface StatusCounts {
  units: number;
  not_filled: number;
  saved: number;
  submitted: number;
  approved: number;
  returned: number;
}

const count = (status: string) => sql<number>`count(*) filter (where u.status = ${status})::int`;

/** Units per status for each task (tasks without units are absent). */
export async function countsByTask(db: Kysely<DB>, taskIds: number[]): Promise<Map<number, StatusCounts>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('rd_task_unit as u')
    .select([
      'u.task_id',
      sql<number>`count(*)::int`.as('units'),
      count('not_filled').as('not_filled'),
      count('saved').as('saved'),
      count('submitted').as('submitted'),
      count('approved').as('approved'),
      count('returned').as('returned'),
    ])
    .where('u.task_id', 'in', taskIds)
    .groupBy('u.task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id, r]));
}

/** One task with its region's name. */
export async function findTask(db: Kysely<DB>, id: number): Promise<RdTaskRow | undefined> {
  return db
    .selectFrom('rd_task as t')
    .leftJoin('region as r', 'r.code', 't.region_code')
    .selectAll('t')
    .select('r.name as region_name')
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** A task with its units' status counts (absent while it has no units): what the API shows of a task. */
export interface RdTaskView {
  task: RdTaskRow;
  counts: StatusCounts | undefined;
}

/** One task with its region's name and its status counts. */
export async function findTaskView(db: Kysely<DB>, id: number): Promise<RdTaskView> {
  const [task, counts] = await Promise.all([findTask(db, id), countsByTask(db, [id])]);
  if (!task) throw notFound('填报任务');
  return { task, counts: counts.get(id) };
}

/** One page of the tasks in a scope, newest period first. */
export async function listTasks(
  db: Kysely<DB>,
  scope: RowScope,
  f: Omit<z.infer<typeof ZRdTaskQuery>, 'current' | 'pageSize'>,
  page: PageRequest,
) {
  let q = db
    .selectFrom('rd_task as t')
    .leftJoin('region as r', 'r.code', 't.region_code')
    .selectAll('t')
    .select('r.name as region_name')
    .where(scopeFilter(scope, { region: 't.region_code' }));
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.period) q = q.where('t.period', '=', f.period.toUpperCase());
  if (f.keyword) q = q.where('t.title', 'like', containing(f.keyword));
  const { data, total } = await listPage(q, page, { defaultSort: ['t.period', 'desc'], idColumn: 't.id' });
  return { rows: data as RdTaskRow[], total };
}
