import type { Kysely } from 'kysely';
import { workingDayPeriod, type WorkingDayCalendar, type WorkingDayPeriod } from '@kechuang/domain';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import { getWorkingDayCalendar } from './working-day-calendar';

/**
 * The period of `workingDays` from `startDate` on the database's calendar, with its warning when a year without
 * an arrangement was estimated; a date the calendar cannot answer for is a 400 naming `field`.
 */
export async function computeWorkingDayPeriod(
  db: Kysely<DB>,
  o: { startDate: string; workingDays: number; field: string; what: string },
): Promise<WorkingDayPeriod> {
  const calendar = await getWorkingDayCalendar(db);
  try {
    return workingDayPeriod(o.startDate, o.workingDays, calendar);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new AppError('VALIDATION_FAILED', `无法计算${o.what}：${err.message}`, [
      { field: o.field, message: err.message },
    ]);
  }
}

/**
 * The warning to show with an end date saved earlier: its period still rests on estimated years, or the
 * calendar as it is now (an arrangement entered since) ends it on another day. Null when it stands.
 */
export function savedEndDateWarning(
  calendar: WorkingDayCalendar,
  o: { startDate: string; workingDays: number; endDate: string },
): string | null {
  let period: WorkingDayPeriod;
  try {
    period = workingDayPeriod(o.startDate, o.workingDays, calendar);
  } catch {
    return null;
  }
  if (period.endDate === o.endDate) return period.warning;
  const since = `按现行节假日安排，${o.workingDays} 个工作日应截止于 ${period.endDate}，与保存的 ${o.endDate} 不同，请核对`;
  return period.warning ? `${since}（${period.warning}）` : since;
}
