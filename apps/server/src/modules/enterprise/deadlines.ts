import type { Kysely } from 'kysely';
import {
  EXPIRY_WARNING_DAYS,
  TIER_LABELS,
  TIER_OBLIGATIONS,
  daysBetween,
  type TEnterpriseDeadline,
  type Tier,
} from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';
import { QUALIFICATION_COLUMNS } from './enterprise.policy';

/**
 * What falls due for enterprises in scope within `withinDays` of `today`: the yearly obligations of their
 * certified tiers (高企年报 by 5-31, 科小 yearly update) and certificates expiring. Overdue items are kept.
 */
export async function listDeadlines(
  db: Kysely<DB>,
  scope: RowScope,
  today: string,
  withinDays: number,
): Promise<TEnterpriseDeadline[]> {
  const rows = await db
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .select(['q.enterprise_id', 'e.name', 'q.region_code', 'q.tier', 'q.year', 'q.valid_until'])
    .where(scopeFilter(scope, QUALIFICATION_COLUMNS))
    .where('q.stage', '=', 'certified')
    .where('q.valid_until', '>=', today)
    .execute();
  const year = Number(today.slice(0, 4));
  const out: TEnterpriseDeadline[] = [];
  for (const r of rows) {
    const base = { enterpriseId: r.enterprise_id, enterpriseName: r.name, regionCode: r.region_code };
    for (const o of TIER_OBLIGATIONS.filter((x) => x.tier === r.tier)) {
      const due = `${year}-${o.due}`;
      // A certification granted this year owes its first report next year.
      if (r.year >= year && o.kind === 'annual-report') continue;
      out.push({
        ...base,
        kind: o.kind,
        title: o.title,
        due,
        daysLeft: daysBetween(today, due),
        consequence: o.consequence,
      });
    }
    const left = daysBetween(today, r.valid_until!);
    if (left <= EXPIRY_WARNING_DAYS) {
      out.push({
        ...base,
        kind: 'expiry',
        title: `${TIER_LABELS[r.tier as Tier]}资格到期`,
        due: r.valid_until!,
        daysLeft: left,
        consequence: '到期后需重新申报认定',
      });
    }
  }
  return out
    .filter((d) => d.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
}

/** Puts the deadlines of the next `withinDays` in the bell of every staff member of each region (once per item and due date). */
export async function sendDeadlineReminders(db: Kysely<DB>, today: string, withinDays: number): Promise<number> {
  const staff = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('r.role_code', '=', 'staff')
    .where('u.status', '=', 'active')
    .execute();
  let sent = 0;
  for (const user of staff) {
    // A city or province account governs its counties: its scope is its region's prefix, not its code.
    const scope: RowScope = { kind: 'region', prefix: regionScopePrefix(user.region_code) };
    const items = await listDeadlines(db, scope, today, withinDays);
    for (const d of items) {
      const title = `${d.daysLeft < 0 ? '已逾期' : '即将到期'}：${d.enterpriseName} ${d.title}`;
      const body = `截止 ${d.due}（${d.daysLeft < 0 ? `已逾期 ${-d.daysLeft} 天` : `还有 ${d.daysLeft} 天`}）。${d.consequence}`;
      const already = await db
        .selectFrom('message')
        .select('id')
        .where('user_id', '=', user.id)
        .where('title', '=', title.slice(0, 100))
        .where('body', '=', body)
        .executeTakeFirst();
      if (already) continue;
      await notifyUser(db, user.id, { category: 'deadline', title, body, link: `/enterprise/deadlines` });
      sent++;
    }
  }
  return sent;
}
