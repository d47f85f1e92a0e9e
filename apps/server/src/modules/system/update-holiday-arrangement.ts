import type { Kysely } from 'kysely';
import type { UpdateHolidayArrangementRequest } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { invalidateWorkingDayCalendar, type HolidayArrangementRow } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** Corrects a year's arrangement (optimistic locking; the year itself cannot change). */
export async function updateHolidayArrangement(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  year: number,
  input: UpdateHolidayArrangementRequest,
): Promise<HolidayArrangementRow> {
  if (input.year !== year) {
    throw new AppError('VALIDATION_FAILED', `年份不能修改：请删除 ${year} 年后新增 ${input.year} 年`, [
      { field: 'year', message: '年份不能修改' },
    ]);
  }
  const after = await db.transaction().execute(async (trx) => {
    const res = await updateVersioned<HolidayArrangementRow>(trx, {
      table: 'holiday_arrangement',
      key: 'year',
      id: year,
      version: input.version,
      set: {
        notice_no: input.noticeNo,
        notice_title: input.noticeTitle,
        notice_url: input.noticeUrl || null,
        holidays: JSON.stringify(input.holidays),
      },
      what: `${year} 年节假日安排`,
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'holiday-arrangement.update',
      objectType: 'holiday_arrangement',
      objectId: year,
      before: res.before,
      after: res.after,
    });
    return res.after;
  });
  invalidateWorkingDayCalendar();
  return after;
}
