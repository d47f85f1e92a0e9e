import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findTaskView, type RdTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';

/**
 * Removes a unit that has not started filling from a task of the user's region that is not closed (optimistic
 * locking on the unit's version); answers the task.
 */
export async function removeRdTaskUnit(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { taskId: number; unitId: number; version: number },
): Promise<RdTaskView> {
  const task = await readRdTask(db, auth, input.taskId);
  if (task.status === 'closed') throw new AppError('CONFLICT', '填报任务已截止，不能移除单位');
  await db.transaction().execute(async (trx) => {
    // Locked until COMMIT: a save in between cannot start filling a unit this removes.
    const unit = await trx
      .selectFrom('rd_task_unit')
      .selectAll()
      .where('id', '=', input.unitId)
      .where('task_id', '=', task.id)
      .forUpdate()
      .executeTakeFirst();
    if (!unit) throw notFound('任务中的填报单位');
    if (unit.status !== 'not_filled') throw new AppError('CONFLICT', '该单位已开始填报，不能移除');
    if (unit.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', '填报单位已被他人修改，请刷新后重试（您的修改未保存）');
    }
    await trx.deleteFrom('rd_task_unit').where('id', '=', unit.id).execute();
    await writeAudit(trx, actor, {
      action: 'rd.task.remove-unit',
      objectType: 'rd_task',
      objectId: task.id,
      regionCode: unit.region_code,
      before: unit,
    });
  });
  return findTaskView(db, task.id);
}
