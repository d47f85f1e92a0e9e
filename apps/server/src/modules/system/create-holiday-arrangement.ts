import type { Kysely } from 'kysely';
import type { CreateHolidayArrangementRequest } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import {
  findHolidayArrangement,
  invalidateWorkingDayCalendar,
  type HolidayArrangementRow,
} from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';

/** Enters a year's 节假日安排 from the State Council's notice (the request schema has checked every date). */
export async function createHolidayArrangement(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  input: CreateHolidayArrangementRequest,
): Promise<HolidayArrangementRow> {
  if (await findHolidayArrangement(db, input.year)) {
    throw new AppError('CONFLICT', `${input.year} 年节假日安排已存在，请在列表中编辑该年`, [
      { field: 'year', message: '该年已录入' },
    ]);
  }
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('holiday_arrangement')
      .values({
        year: input.year,
        notice_no: input.noticeNo,
        notice_title: input.noticeTitle,
        notice_url: input.noticeUrl || null,
        holidays: JSON.stringify(input.holidays),
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'holiday-arrangement.create',
      objectType: 'holiday_arrangement',
      objectId: r.year,
      after: r,
    });
    return r;
  });
  invalidateWorkingDayCalendar();
  return row;
}
