import type { Kysely } from 'kysely';
import { AGREEMENT_REMIND_PARAM, addDays } from '@kechuang/domain';
import { regionScopePrefix, inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';
import { getIntParam } from '../../platform/params/params.repository';
import { agreementsEndingBetween } from './agreement.repository';

export const AGREEMENT_REMIND_JOB = 'cooperation.agreement-reminders';

/**
 * The daily renewal reminder: every running agreement (签订, 执行中) whose term ends within the set number of
 * days (sys_param cooperation.agreement_remind_days) rings the bell of each active staff member whose region
 * holds it, once per agreement, user and end date. Answers how many messages it sent.
 */
export async function sendAgreementReminders(db: Kysely<DB>, today: string): Promise<number> {
  const days = await getIntParam(db, AGREEMENT_REMIND_PARAM);
  const ending = await agreementsEndingBetween(db, today, addDays(today, days));
  if (ending.length === 0) return 0;
  const staff = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('r.role_code', '=', 'staff')
    .where('u.status', '=', 'active')
    .execute();
  let sent = 0;
  for (const a of ending) {
    const title = `合作协议即将到期：${a.title}`;
    const parties = [a.partner_name, a.enterprise_name].filter(Boolean).join('、');
    const body = `协议“${a.title}”${parties ? `（${parties}）` : ''}将于 ${a.end_on} 到期，请及时商议续签或办理到期。`;
    for (const user of staff) {
      // A city or province account governs its counties: its scope is its region's prefix.
      if (!inScope(regionScopePrefix(user.region_code), a.region_code)) continue;
      const already = await db
        .selectFrom('message')
        .select('id')
        .where('user_id', '=', user.id)
        .where('title', '=', title.slice(0, 100))
        .where('body', '=', body)
        .executeTakeFirst();
      if (already) continue;
      await notifyUser(db, user.id, { category: 'deadline', title, body, link: `/cooperation/agreements?ids=${a.id}` });
      sent++;
    }
  }
  return sent;
}
