import type { Kysely } from 'kysely';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { findHolidayArrangement, invalidateWorkingDayCalendar } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { notFound, versionConflict } from '../../platform/errors';

/** Deletes a year's arrangement (that year is then estimated by rule again); the audit row keeps what it held. */
export async function deleteHolidayArrangement(
  db: Kysely<DB>,
  actor: Actor,
  year: number,
  version: number,
): Promise<void> {
  const what = `${year} 年节假日安排`;
  if (!(await findHolidayArrangement(db, year))) throw notFound(what);
  await db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('holiday_arrangement')
      .where('year', '=', year)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    if (!gone) throw versionConflict(what);
    await writeAudit(trx, actor, {
      action: 'holiday-arrangement.delete',
      objectType: 'holiday_arrangement',
      objectId: year,
      before: gone,
    });
  });
  invalidateWorkingDayCalendar();
}
