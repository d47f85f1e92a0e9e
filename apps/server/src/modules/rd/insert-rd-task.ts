import type { Transaction } from 'kysely';
import type { RdPeriod, TRdUnitFilter } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { pickTaskUnits, type SkippedUnit } from './pick-task-units';

/** A new task: where, for which period, what is asked, and which units it picks. */
export interface NewRdTask {
  regionCode: string;
  period: RdPeriod;
  title: string;
  dueDate: string;
  units: TRdUnitFilter;
  remark?: string | null;
}

/**
 * Writes a draft task and freezes its units, with its audit row (the write of createRdTask, and of the demo data
 * inside its own transaction). A filter that picks no unit refuses the task. Returns the id and the units skipped.
 */
export async function insertRdTask(
  trx: Transaction<DB>,
  actor: Actor,
  t: NewRdTask,
): Promise<{ id: number; skipped: SkippedUnit[] }> {
  const task = await trx
    .insertInto('rd_task')
    .values({
      region_code: t.regionCode,
      title: t.title,
      period: t.period.code,
      due_date: t.dueDate,
      unit_filter: JSON.stringify(t.units),
      remark: t.remark ?? null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const picked = await pickTaskUnits(
    trx,
    { id: task.id, region_code: t.regionCode, period: t.period },
    t.units,
    actor.id,
  );
  if (picked.added === 0) {
    const message = '所选范围内没有可填报的单位（或都已在本期其他任务中）';
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'units', message }]);
  }
  await writeAudit(trx, actor, {
    action: 'rd.task.create',
    objectType: 'rd_task',
    objectId: task.id,
    regionCode: t.regionCode,
    after: task,
    details: { units: picked.added, skipped: picked.skipped.length },
  });
  return { id: task.id, skipped: picked.skipped };
}
