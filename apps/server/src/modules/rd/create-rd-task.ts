import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parseRdPeriod, type ZRdTaskCreate } from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { insertRdTask } from './insert-rd-task';
import type { SkippedUnit } from './pick-task-units';
import { findTaskView, type RdTaskView } from './rd-task.repository';

const fieldError = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * Creates a draft task in the user's region (or a region inside it) and freezes its units in one transaction;
 * answers the task and the units the filter picked but the task could not take.
 */
export async function createRdTask(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.output<typeof ZRdTaskCreate>,
): Promise<RdTaskView & { skipped: SkippedUnit[] }> {
  const period = parseRdPeriod(input.period)!;
  const regionCode = input.regionCode ?? auth.regionCode;
  if (!inScope(auth.scopePrefix, regionCode)) throw fieldError('regionCode', `区划 ${regionCode} 不在您的管辖范围内`);
  if (input.dueDate < period.start) {
    throw fieldError('dueDate', `截止日期 ${input.dueDate} 早于统计期间开始日 ${period.start}`);
  }
  const { id, skipped } = await db
    .transaction()
    .execute((trx) => insertRdTask(trx, actor, { ...input, regionCode, period }));
  return { ...(await findTaskView(db, id)), skipped };
}
