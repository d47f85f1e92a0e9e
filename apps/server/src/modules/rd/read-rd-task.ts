import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertTaskInScope, rdStaffScope } from './rd.policy';
import { findTask, type RdTaskRow } from './rd-task.repository';

/** A task, for staff and leaders of its region: 403 for anyone else (asked first), 404 when there is none. */
export async function readRdTask(db: Kysely<DB>, auth: AuthContext, id: number): Promise<RdTaskRow> {
  const { prefix } = rdStaffScope(auth);
  const task = await findTask(db, id);
  if (!task) throw notFound('填报任务');
  assertTaskInScope(prefix, task);
  return task;
}
