import { sql, type Kysely } from 'kysely';
import { PERMISSIONS, daysBetween, yearOf } from '@kechuang/domain';
import { lastArrangedYear } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';
import { getIntParam } from '../../platform/params/params.repository';

/** The daily job that reminds the administrators before the holiday table runs out. */
export const HOLIDAY_TABLE_ALERT_JOB = 'system.holiday-table-alert';
const CATEGORY = 'alert' as const;

/**
 * When `today` (Beijing) is within `system.holiday_alert_days` of the last day of the last year with an
 * arrangement, rings the bell of every active user who may enter arrangements, asking for next year's; each
 * user gets it once per year-end (the title names the year).
 */
export async function sendHolidayTableAlerts(
  db: Kysely<DB>,
  today: string,
): Promise<{ sent: number; lastYear: number | null; daysLeft: number | null }> {
  const within = await getIntParam(db, 'system.holiday_alert_days');
  const last = await lastArrangedYear(db);
  const daysLeft = last === null ? null : daysBetween(today, `${last}-12-31`);
  if (daysLeft !== null && daysLeft > within) return { sent: 0, lastYear: last, daysLeft };
  const next = last === null ? yearOf(today) : last + 1;
  const title = `请录入 ${next} 年节假日安排`;
  const state =
    last === null
      ? '节假日安排表为空，所有工作日都按法定节假日规则推算（不含调休）'
      : daysLeft! >= 0
        ? `节假日安排只录入到 ${last} 年，${last}-12-31（还有 ${daysLeft} 天）之后的工作日将按法定节假日规则推算（不含调休）`
        : `节假日安排只录入到 ${last} 年，已于 ${last}-12-31 结束，此后的工作日正按法定节假日规则推算（不含调休）`;
  const body =
    `${state}，公示截止日期等可能与正式安排不同。请在国务院办公厅发布《关于${next}年部分节假日安排的通知》后，` +
    `到“系统管理 → 节假日安排”录入 ${next} 年的放假与调休日期及通知文号。`;

  const users = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', 'ur.user_id', 'u.id')
    .innerJoin('role as r', 'r.code', 'ur.role_code')
    .select('u.id')
    .distinct()
    .where('u.status', '=', 'active')
    .where(sql<boolean>`r.permissions @> ${JSON.stringify([PERMISSIONS.holidayManage])}::jsonb`)
    .orderBy('u.id')
    .execute();
  let sent = 0;
  for (const u of users) {
    const already = await db
      .selectFrom('message')
      .select('id')
      .where('user_id', '=', u.id)
      .where('category', '=', CATEGORY)
      .where('title', '=', title)
      .executeTakeFirst();
    if (already) continue;
    await notifyUser(db, u.id, { category: CATEGORY, title, body, link: '/system/holiday' });
    sent++;
  }
  return { sent, lastYear: last, daysLeft };
}
