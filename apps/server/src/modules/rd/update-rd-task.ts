import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import type { UseCaseContext } from '../../platform/http/types';
import { findTaskView, type RdTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';

/** Changes a task's title, due date or remark (optimistic locking), in the user's region; answers the task. */
export async function updateRdTask(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { taskId: number; version: number; title?: string; dueDate?: string; remark?: string | null },
): Promise<RdTaskView> {
  const task = await readRdTask(db, auth, input.taskId);
  const { version, title, dueDate, remark } = input;
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned(trx, {
      table: 'rd_task',
      key: 'id',
      id: task.id,
      version,
      set: { title, due_date: dueDate, remark },
      what: '填报任务',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'rd.task.update',
      objectType: 'rd_task',
      objectId: task.id,
      regionCode: task.region_code,
      before,
      after,
    });
  });
  return findTaskView(db, task.id);
}
