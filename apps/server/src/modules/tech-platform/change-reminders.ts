import type { Kysely } from 'kysely';
import { CHANGE_REPORTING, CHANGE_TYPE_LABELS, addDays, daysBetween, type ChangeType } from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';

export const CHANGE_REMINDER_JOB = 'tech-platform.change-reminders';

/**
 * Rings the bell of every staff member for the unreported 变更 of recognised incubators and 众创空间 in their region
 * that fall due within `CHANGE_REPORTING.warnDays` of `today` or are overdue (docs/rules.md §5.4: within 3 months),
 * once per change and due state. Returns how many messages were sent.
 */
export async function sendChangeReminders(db: Kysely<DB>, today: string): Promise<number> {
  const horizon = addDays(today, CHANGE_REPORTING.warnDays);
  const staff = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('r.role_code', '=', 'staff')
    .where('u.status', '=', 'active')
    .execute();
  let sent = 0;
  for (const user of staff) {
    const due = await db
      .selectFrom('tech_platform_change as c')
      .innerJoin('tech_platform as p', 'p.id', 'c.platform_id')
      .select(['c.id', 'c.change_type', 'c.changed_on', 'c.due_on', 'c.detail', 'p.id as platform_id', 'p.name'])
      .where(codeStartsWith('c.region_code', regionScopePrefix(user.region_code)))
      .where('c.reported_on', 'is', null)
      .where('c.due_on', '<=', horizon)
      .orderBy('c.due_on')
      .execute();
    for (const c of due) {
      const left = daysBetween(today, c.due_on);
      const what = CHANGE_TYPE_LABELS[c.change_type as ChangeType];
      const title = `${left < 0 ? '变更逾期未报告' : '变更待报告'}：${c.name} ${what}`.slice(0, 100);
      const body = `${c.changed_on} ${what}（${c.detail}），须于 ${c.due_on} 前向认定机构报告（${left < 0 ? `已逾期 ${-left} 天` : `还有 ${left} 天`}）。`;
      const already = await db
        .selectFrom('message')
        .select('id')
        .where('user_id', '=', user.id)
        .where('title', '=', title)
        .where('link', '=', `/tech-platform/platforms/${c.platform_id}`)
        .executeTakeFirst();
      if (already) continue;
      await notifyUser(db, user.id, {
        category: 'deadline',
        title,
        body,
        link: `/tech-platform/platforms/${c.platform_id}`,
      });
      sent++;
    }
  }
  return sent;
}
