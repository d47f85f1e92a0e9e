import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZRdUnitQuery } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { listUnits } from './rd-unit.repository';
import { readRdTask } from './read-rd-task';

/** One page of a task's units (staff and leaders of its region), filtered by status, township or name. */
export async function listRdTaskUnits(
  db: Kysely<DB>,
  auth: AuthContext,
  taskId: number,
  query: z.infer<typeof ZRdUnitQuery>,
) {
  const task = await readRdTask(db, auth, taskId);
  const { current, pageSize, ...filter } = query;
  return listUnits(db, task.id, filter, { current, pageSize });
}
