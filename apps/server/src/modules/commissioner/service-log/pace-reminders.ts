import type { Kysely } from 'kysely';
import { addDays, type TServiceDayCounter } from '@kechuang/domain';
import { inScope, regionScopePrefix } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { notifyUser } from '../../../platform/messages/notify';
import { serviceDayCounters } from './service-day-counters';

export const PACE_REMINDER_JOB = 'commissioner.pace-reminders';
/** At most one reminder a week per commissioner (docs/rules.md §5.1.1). */
const REMIND_EVERY_DAYS = 7;

/**
 * Reminds every appointed commissioner behind the pace of their year (confirmed plus pending days below the
 * level's minimum × the elapsed share of the year or term), at most once a week each: a message to the commissioner
 * when their account is linked, and one summary per staff member of the region listing those reminded. Answers
 * how many commissioners were reminded.
 */
export async function sendPaceReminders(db: Kysely<DB>, today: string): Promise<number> {
  const year = Number(today.slice(0, 4));
  const counters = await serviceDayCounters(db, { kind: 'region', prefix: '' }, { year, today });
  const last = new Map(
    (await db.selectFrom('commissioner_pace_reminder').select(['commissioner_id', 'last_sent_on']).execute()).map(
      (r) => [r.commissioner_id, r.last_sent_on],
    ),
  );
  const due = counters.filter((c) => {
    const sent = last.get(c.commissionerId);
    return c.behind && (!sent || sent <= addDays(today, -REMIND_EVERY_DAYS));
  });
  if (!due.length) return 0;
  const userOf = new Map(
    (
      await db
        .selectFrom('commissioner')
        .select(['id', 'user_id'])
        .where(
          'id',
          'in',
          due.map((c) => c.commissionerId),
        )
        .execute()
    ).map((r) => [r.id, r.user_id]),
  );
  await db.transaction().execute(async (trx) => {
    for (const c of due) {
      const userId = userOf.get(c.commissionerId);
      if (userId) {
        await notifyUser(trx, userId, {
          category: 'deadline',
          title: `服务天数落后进度：${year} 年已确认 ${c.confirmedDays} 天`,
          body: `${c.explanation}。请及时开展服务并填写服务日志。`,
          link: '/commissioner/my-logs',
        });
      }
      await trx
        .insertInto('commissioner_pace_reminder')
        .values({ commissioner_id: c.commissionerId, region_code: c.regionCode, last_sent_on: today })
        .onConflict((oc) => oc.column('commissioner_id').doUpdateSet({ last_sent_on: today }))
        .execute();
    }
    await notifyStaff(trx, due, year);
  });
  return due.length;
}

/** One summary per active staff member whose region holds any of the commissioners reminded. */
async function notifyStaff(db: Kysely<DB>, due: TServiceDayCounter[], year: number): Promise<void> {
  const staff = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('r.role_code', '=', 'staff')
    .where('u.status', '=', 'active')
    .execute();
  for (const s of staff) {
    const mine = due.filter((c) => inScope(regionScopePrefix(s.region_code), c.regionCode));
    if (!mine.length) continue;
    await notifyUser(db, s.id, {
      category: 'deadline',
      title: `${mine.length} 名科技特派员服务天数落后进度`,
      body: mine
        .map((c) => `${c.name}：已确认 ${c.confirmedDays} 天、待确认 ${c.pendingDays} 天，应达 ${c.expectedDays} 天`)
        .join('；'),
      link: `/commissioner/service-days?year=${year}&behind=true`,
    });
  }
}
