import { sql, type Kysely } from 'kysely';
import { daysBetween } from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';

/** Something in the project module falling due: a call closing, a mid-term check or an acceptance. */
export interface ProjectDeadline {
  kind: 'call-closing' | 'midterm-due' | 'acceptance-due';
  title: string;
  due: string;
  daysLeft: number;
  regionCode: string;
  callId: number;
  applicationId: number | null;
  enterpriseId: number | null;
  enterpriseName: string | null;
}

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * What falls due within `withinDays` of `today` in a region prefix: published calls closing (with the count of
 * applications still in draft or returned), mid-term checks and acceptances of projects being implemented.
 */
export async function listProjectDeadlines(db: Kysely<DB>, prefix: string, today: string, withinDays: number): Promise<ProjectDeadline[]> {
  const calls = await db
    .selectFrom('project_call as c')
    .select(['c.id', 'c.title', 'c.closes_at', 'c.region_code', sql<number>`(select count(*)::int from project_application a where a.call_id = c.id and a.state in ('draft', 'returned'))`.as('open_drafts')])
    .where('c.region_code', 'like', `${prefix}%`)
    .where('c.status', '=', 'published')
    .where(sql<boolean>`(c.closes_at at time zone 'Asia/Shanghai')::date between ${today}::date and ${today}::date + ${withinDays}::int`)
    .execute();
  const projects = await db
    .selectFrom('project_application as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select(['a.id', 'a.title', 'a.call_id', 'a.region_code', 'a.state', 'a.midterm_due_on', 'a.ends_on', 'a.enterprise_id', 'e.name'])
    .where('a.region_code', 'like', `${prefix}%`)
    .where('a.state', 'in', ['in_progress', 'midterm'])
    .execute();
  const out: ProjectDeadline[] = calls.map((c) => {
    const due = chinaDate(c.closes_at);
    return { kind: 'call-closing', title: `批次“${c.title}”即将截止受理（${Number(c.open_drafts)} 份申报书未提交）`, due, daysLeft: daysBetween(today, due), regionCode: c.region_code, callId: c.id, applicationId: null, enterpriseId: null, enterpriseName: null };
  });
  for (const p of projects) {
    const base = { regionCode: p.region_code, callId: p.call_id, applicationId: p.id, enterpriseId: p.enterprise_id, enterpriseName: p.name };
    if (p.state === 'in_progress' && p.midterm_due_on) out.push({ ...base, kind: 'midterm-due', title: `“${p.title}”中期检查报告应交`, due: p.midterm_due_on, daysLeft: daysBetween(today, p.midterm_due_on) });
    if (p.ends_on) out.push({ ...base, kind: 'acceptance-due', title: `“${p.title}”实施期满，应申请验收`, due: p.ends_on, daysLeft: daysBetween(today, p.ends_on) });
  }
  return out.filter((d) => d.daysLeft <= withinDays && (d.kind !== 'call-closing' || d.daysLeft >= 0)).sort((a, b) => a.daysLeft - b.daysLeft);
}

/** Rings the bell of each region's staff (and of enterprises with unsubmitted drafts of a closing call), once per item. */
export async function sendProjectDeadlineReminders(db: Kysely<DB>, today: string, withinDays: number): Promise<number> {
  const staff = await db.selectFrom('app_user as u').innerJoin('user_role as r', 'r.user_id', 'u.id').select(['u.id', 'u.region_code']).where('r.role_code', '=', 'staff').where('u.status', '=', 'active').execute();
  let sent = 0;
  const once = async (userId: number, title: string, body: string, link: string) => {
    const already = await db.selectFrom('message').select('id').where('user_id', '=', userId).where('title', '=', title.slice(0, 100)).where('body', '=', body).executeTakeFirst();
    if (already) return;
    await notifyUser(db, userId, { category: 'deadline', title, body, link });
    sent++;
  };
  for (const user of staff) {
    for (const d of await listProjectDeadlines(db, regionScopePrefix(user.region_code), today, withinDays)) {
      const when = d.daysLeft < 0 ? `已逾期 ${-d.daysLeft} 天` : `还有 ${d.daysLeft} 天`;
      await once(user.id, d.title, `截止 ${d.due}（${when}）${d.enterpriseName ? `，承担单位：${d.enterpriseName}` : ''}`, d.applicationId ? `/project/applications?id=${d.applicationId}` : `/project/calls?id=${d.callId}`);
    }
  }
  const drafts = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('app_user as u', 'u.enterprise_id', 'a.enterprise_id')
    .select(['u.id as user_id', 'a.id', 'a.title', 'c.title as call_title', 'c.closes_at'])
    .where('a.state', 'in', ['draft', 'returned'])
    .where('c.status', '=', 'published')
    .where(sql<boolean>`(c.closes_at at time zone 'Asia/Shanghai')::date between ${today}::date and ${today}::date + ${withinDays}::int`)
    .execute();
  for (const d of drafts) {
    const due = chinaDate(d.closes_at);
    await once(d.user_id, `申报即将截止：${d.title}`, `批次“${d.call_title}”将于 ${due} 截止受理（还有 ${daysBetween(today, due)} 天），请尽快完善并提交。`, `/project/mine?id=${d.id}`);
  }
  return sent;
}
