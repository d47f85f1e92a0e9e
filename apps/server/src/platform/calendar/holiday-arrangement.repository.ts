import type { Kysely, Selectable } from 'kysely';
import type { HolidayArrangement, HolidayPeriod } from '@kechuang/domain';
import type { DB, HolidayArrangementTable } from '../db/schema';

export type HolidayArrangementRow = Selectable<HolidayArrangementTable>;

/** Every year's arrangement, newest first. */
export function listHolidayArrangements(db: Kysely<DB>): Promise<HolidayArrangementRow[]> {
  return db.selectFrom('holiday_arrangement').selectAll().orderBy('year', 'desc').execute();
}

/** One year's arrangement, if entered. */
export function findHolidayArrangement(db: Kysely<DB>, year: number): Promise<HolidayArrangementRow | undefined> {
  return db.selectFrom('holiday_arrangement').selectAll().where('year', '=', year).executeTakeFirst();
}

/** The last year that has an arrangement, or null when the table is empty. */
export async function lastArrangedYear(db: Kysely<DB>): Promise<number | null> {
  const row = await db
    .selectFrom('holiday_arrangement')
    .select((eb) => eb.fn.max('year').as('last'))
    .executeTakeFirst();
  return row?.last ?? null;
}

/** A row as the domain's arrangement. */
export const toHolidayArrangement = (r: HolidayArrangementRow): HolidayArrangement => ({
  year: r.year,
  noticeNo: r.notice_no,
  noticeTitle: r.notice_title,
  noticeUrl: r.notice_url,
  holidays: r.holidays as HolidayPeriod[],
});
