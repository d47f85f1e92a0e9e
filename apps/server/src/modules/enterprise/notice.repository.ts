import type { Kysely, Selectable } from 'kysely';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import { getWorkingDayCalendar, savedEndDateWarning } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import type { PublicNoticeTable } from './enterprise.tables';

export type NoticeRow = Selectable<PublicNoticeTable>;

/** A notice as staff see it: with a warning when its saved end date rests on an estimated year or no longer matches the calendar. */
export interface CheckedNotice {
  notice: NoticeRow;
  endDateWarning: string | null;
}

/** The notices with their end dates checked against the working-day calendar as it is now. */
export async function checkEndDates(db: Kysely<DB>, notices: NoticeRow[]): Promise<CheckedNotice[]> {
  const calendar = await getWorkingDayCalendar(db);
  return notices.map((n) => ({
    notice: n,
    endDateWarning: savedEndDateWarning(calendar, {
      startDate: n.start_date,
      workingDays: n.working_days,
      endDate: n.end_date,
    }),
  }));
}

/** Every notice in scope, drafts included, newest first, with their end dates checked. */
export async function listNotices(db: Kysely<DB>, scope: RowScope): Promise<CheckedNotice[]> {
  const rows = await db
    .selectFrom('public_notice as n')
    .selectAll()
    .where(scopeFilter(scope, { region: 'n.region_code' }))
    .orderBy('n.id', 'desc')
    .execute();
  return checkEndDates(db, rows);
}

/** One notice, draft or published. */
export async function findNotice(db: Kysely<DB>, id: number): Promise<NoticeRow | undefined> {
  return db.selectFrom('public_notice').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The published notices (the public page), latest start first; at most 100. */
export async function listPublishedNotices(db: Kysely<DB>): Promise<NoticeRow[]> {
  return db
    .selectFrom('public_notice')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('start_date', 'desc')
    .limit(100)
    .execute();
}

/** One published notice (a draft is not found). */
export async function findPublishedNotice(db: Kysely<DB>, id: number): Promise<NoticeRow | undefined> {
  return db
    .selectFrom('public_notice')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/** The qualification records a notice lists, with their enterprise's name and credit code. */
export async function findNoticeSubjects(db: Kysely<DB>, qualificationIds: number[]) {
  return db
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .select(['q.id', 'q.tier', 'q.batch', 'q.stage', 'q.region_code', 'e.name', 'e.credit_code'])
    .where('q.id', 'in', qualificationIds)
    .execute();
}

/** The enterprises holding these credit codes. */
export async function findEnterprisesByCreditCode(db: Kysely<DB>, creditCodes: string[]) {
  if (creditCodes.length === 0) return [];
  return db.selectFrom('enterprise').select(['id', 'region_code']).where('credit_code', 'in', creditCodes).execute();
}
