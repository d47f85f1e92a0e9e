import type { Kysely } from 'kysely';
import { parseRdPeriod, type TRdUnitFilter } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { pickTaskUnits, type SkippedUnit } from './pick-task-units';
import { findTaskView, type RdTaskView } from './rd-task.repository';
import { readRdTask } from './read-rd-task';

/**
 * Adds units to a draft or open task of the user's region (the filter is merged into the task's record of it);
 * answers how many were added, the units skipped, and the task.
 */
export async function addRdTaskUnits(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { taskId: number; version: number; units: TRdUnitFilter },
): Promise<{ added: number; skipped: SkippedUnit[]; task: RdTaskView }> {
  const { id: taskId } = await readRdTask(db, auth, input.taskId);
  const { units } = input;
  const picked = await db.transaction().execute(async (trx) => {
    const task = await trx.selectFrom('rd_task').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    if (task.status === 'closed') throw new AppError('CONFLICT', '填报任务已截止，不能再增加单位');
    const old = (task.unit_filter ?? {}) as Partial<TRdUnitFilter>;
    const merged = {
      picks: [...new Set([...(old.picks ?? []), ...units.picks])],
      tags: [...new Set([...(old.tags ?? []), ...units.tags])],
      enterpriseIds: [...new Set([...(old.enterpriseIds ?? []), ...units.enterpriseIds])],
    };
    const { before, after } = await updateVersioned(trx, {
      table: 'rd_task',
      key: 'id',
      id: taskId,
      version: input.version,
      set: { unit_filter: JSON.stringify(merged) },
      what: '填报任务',
      userId: actor.id,
    });
    const res = await pickTaskUnits(
      trx,
      { id: taskId, region_code: task.region_code, period: parseRdPeriod(task.period)! },
      units,
      actor.id,
    );
    await writeAudit(trx, actor, {
      action: 'rd.task.add-units',
      objectType: 'rd_task',
      objectId: taskId,
      regionCode: task.region_code,
      before,
      after,
      details: { added: res.added, skipped: res.skipped },
    });
    return res;
  });
  return { ...picked, task: await findTaskView(db, taskId) };
}
