import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findTaskView, type RdTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';

/**
 * Publishes or withdraws a task's county totals for enterprise users (a leader's decision, audited), in the
 * leader's region; a draft task has no totals to publish. Answers the task.
 */
export async function publishRdTask(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { taskId: number; version: number; published: boolean },
): Promise<RdTaskView> {
  const { id: taskId } = await readRdTask(db, auth, input.taskId);
  const { version, published } = input;
  await db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom('rd_task')
      .select(['region_code', 'status'])
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
    if (published && task.status === 'draft') throw new AppError('CONFLICT', '草稿任务尚无填报数据，不能发布汇总');
    const set = published
      ? { published: true, published_at: new Date(), published_by: actor.id }
      : { published: false, published_at: null, published_by: null };
    const { before, after } = await updateVersioned(trx, {
      table: 'rd_task',
      key: 'id',
      id: taskId,
      version,
      set,
      what: '填报任务',
      userId: actor.id,
    });
    await writeAudit(trx, actor, {
      action: published ? 'rd.task.publish' : 'rd.task.unpublish',
      objectType: 'rd_task',
      objectId: taskId,
      regionCode: task.region_code,
      before,
      after,
    });
  });
  return findTaskView(db, taskId);
}
