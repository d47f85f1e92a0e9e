import type { Kysely, Transaction } from 'kysely';
import { RD_TASK_STATUS_LABELS, type RdTaskStatus } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { countsByTask, findTaskView, type RdTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';

const MOVES: Record<'open' | 'close' | 'reopen', { from: RdTaskStatus[]; to: RdTaskStatus }> = {
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  reopen: { from: ['closed'], to: 'open' },
};

/** A move of a task's status. */
export type TaskMove = keyof typeof MOVES;

/**
 * Opens (bells every unit's enterprise users), closes or reopens a task of the user's region, under optimistic
 * locking; a task without units cannot be opened. Answers the task.
 */
export async function changeTaskStatus(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { taskId: number; version: number; move: TaskMove },
): Promise<RdTaskView> {
  const task = await readRdTask(db, auth, input.taskId);
  if (input.move === 'open' && ((await countsByTask(db, [task.id])).get(task.id)?.units ?? 0) === 0) {
    throw new AppError('CONFLICT', '任务没有填报单位，不能发布');
  }
  await db.transaction().execute((trx) => applyMove(trx, actor, task.id, input.version, input.move));
  return findTaskView(db, task.id);
}

async function applyMove(
  trx: Transaction<DB>,
  actor: Actor,
  taskId: number,
  version: number,
  move: TaskMove,
): Promise<void> {
  const task = await trx.selectFrom('rd_task').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
  const rule = MOVES[move];
  if (!rule.from.includes(task.status as RdTaskStatus)) {
    throw new AppError(
      'CONFLICT',
      `填报任务当前为“${RD_TASK_STATUS_LABELS[task.status as RdTaskStatus]}”，不能${move === 'open' ? '发布' : move === 'close' ? '截止' : '重新开放'}`,
    );
  }
  const set: Record<string, unknown> = { status: rule.to };
  if (move === 'open') set.opened_at = new Date();
  if (move === 'close') set.closed_at = new Date();
  if (move === 'reopen') set.closed_at = null;
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
    action: `rd.task.${move}`,
    objectType: 'rd_task',
    objectId: taskId,
    regionCode: task.region_code,
    before,
    after,
  });
  if (move !== 'open') return;
  const users = await trx
    .selectFrom('rd_task_unit as u')
    .innerJoin('app_user as a', 'a.enterprise_id', 'u.enterprise_id')
    .select(['a.id', 'u.id as unit_id'])
    .where('u.task_id', '=', taskId)
    .where('a.status', '=', 'active')
    .execute();
  for (const u of users) {
    await notifyUser(trx, u.id, {
      category: 'rd',
      title: `研发经费填报：${task.title}`,
      body: `请于 ${task.due_date} 前完成本单位研发经费填报并提交。`,
      link: `/rd/mine?unit=${u.unit_id}`,
    });
  }
}
