import type { Transaction } from 'kysely';
import { parseRdPeriod, type TRdUnitFilter } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import { pickTaskUnits, type SkippedUnit } from './pick-task-units';

const fieldError = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Creates a draft task and freezes its units; returns the id and the units skipped. */
export async function createRdTask(
  trx: Transaction<DB>,
  actor: Actor,
  user: { regionCode: string; scopePrefix: string },
  input: {
    title: string;
    period: string;
    dueDate: string;
    regionCode?: string;
    units: TRdUnitFilter;
    remark?: string | null;
  },
): Promise<{ id: number; skipped: SkippedUnit[] }> {
  const period = parseRdPeriod(input.period)!;
  const regionCode = input.regionCode ?? user.regionCode;
  if (!inScope(user.scopePrefix, regionCode)) throw fieldError('regionCode', `区划 ${regionCode} 不在您的管辖范围内`);
  if (input.dueDate < period.start) {
    throw fieldError('dueDate', `截止日期 ${input.dueDate} 早于统计期间开始日 ${period.start}`);
  }
  const task = await trx
    .insertInto('rd_task')
    .values({
      region_code: regionCode,
      title: input.title,
      period: period.code,
      due_date: input.dueDate,
      unit_filter: JSON.stringify(input.units),
      remark: input.remark ?? null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const picked = await pickTaskUnits(trx, { id: task.id, region_code: regionCode, period }, input.units, actor.id);
  if (picked.added === 0) throw fieldError('units', '所选范围内没有可填报的单位（或都已在本期其他任务中）');
  await writeAudit(trx, actor, {
    action: 'rd.task.create',
    objectType: 'rd_task',
    objectId: task.id,
    regionCode,
    after: task,
    details: { units: picked.added, skipped: picked.skipped.length },
  });
  return { id: task.id, skipped: picked.skipped };
}

/** Adds units to a draft or open task (the filter is merged into the task's record of it). */
export async function addRdTaskUnits(
  trx: Transaction<DB>,
  actor: Actor,
  taskId: number,
  version: number,
  units: TRdUnitFilter,
): Promise<{ added: number; skipped: SkippedUnit[] }> {
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
    version,
    set: { unit_filter: JSON.stringify(merged) },
    what: '填报任务',
    userId: actor.id,
  });
  const picked = await pickTaskUnits(
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
    details: { added: picked.added, skipped: picked.skipped },
  });
  return picked;
}
