import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZRdTaskQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { rdStaffScope } from './rd.policy';
import { countsByTask, listTasks, type RdTaskView } from './rd-task.repository';

/** One page of the tasks of the user's region (staff and leaders), each with its units' status counts. */
export async function listRdTasks(
  db: Kysely<DB>,
  auth: AuthContext,
  query: z.infer<typeof ZRdTaskQuery>,
): Promise<{ data: RdTaskView[]; total: number }> {
  const scope = rdStaffScope(auth);
  const { current, pageSize, ...filter } = query;
  const { rows, total } = await listTasks(db, scope, filter, { current, pageSize });
  const counts = await countsByTask(
    db,
    rows.map((r) => r.id),
  );
  return { data: rows.map((task) => ({ task, counts: counts.get(task.id) })), total };
}
