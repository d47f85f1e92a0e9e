import { sql, type Kysely } from 'kysely';
import { daysBetween, chinaToday, type TProjectDeadline } from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';

/**
 * What falls due within `withinDays` of `today` in a scope: published calls closing (with the count of
 * applications still in draft or returned), mid-term checks and acceptances of projects being implemented.
 */
export async function listProjectDeadlines(
  db: Kysely<DB>,
  scope: RowScope,
  today: string,
  withinDays: number,
): Promise<TProjectDeadline[]> {
  const calls = await db
    .selectFrom('project_call as c')
    .select([
      'c.id',
      'c.title',
      'c.closes_at',
      'c.region_code',
      sql<number>`(select count(*)::int from project_application a where a.call_id = c.id and a.state in ('draft', 'returned'))`.as(
        'open_drafts',
      ),
    ])
    .where(scopeFilter(scope, { region: 'c.region_code' }))
    .where('c.status', '=', 'published')
    .where(
      sql<boolean>`(c.closes_at at time zone 'Asia/Shanghai')::date between ${today}::date and ${today}::date + ${withinDays}::int`,
    )
    .execute();
  const projects = await db
    .selectFrom('project_application as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.title',
      'a.call_id',
      'a.region_code',
      'a.state',
      'a.midterm_due_on',
      'a.ends_on',
      'a.enterprise_id',
      'e.name',
    ])
    .where(scopeFilter(scope, { region: 'a.region_code' }))
    .where('a.state', 'in', ['in_progress', 'midterm'])
    .execute();
  const out: TProjectDeadline[] = calls.map((c) => {
    const due = chinaToday(c.closes_at);
    return {
      kind: 'call-closing',
      title: `批次“${c.title}”即将截止受理（${Number(c.open_drafts)} 份申报书未提交）`,
      due,
      daysLeft: daysBetween(today, due),
      regionCode: c.region_code,
      callId: c.id,
      applicationId: null,
      enterpriseId: null,
      enterpriseName: null,
    };
  });
  for (const p of projects) {
    const base = {
      regionCode: p.region_code,
      callId: p.call_id,
      applicationId: p.id,
      enterpriseId: p.enterprise_id,
      enterpriseName: p.name,
    };
    if (p.state === 'in_progress' && p.midterm_due_on) {
      out.push({
        ...base,
        kind: 'midterm-due',
        title: `“${p.title}”中期检查报告应交`,
        due: p.midterm_due_on,
        daysLeft: daysBetween(today, p.midterm_due_on),
      });
    }
    if (p.ends_on) {
      out.push({
        ...base,
        kind: 'acceptance-due',
        title: `“${p.title}”实施期满，应申请验收`,
        due: p.ends_on,
        daysLeft: daysBetween(today, p.ends_on),
      });
    }
  }
  return out
    .filter((d) => d.daysLeft <= withinDays && (d.kind !== 'call-closing' || d.daysLeft >= 0))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

const DIGEST_CATEGORY = 'deadline';

/** The day a digest is for, in its link: the dedupe key, so no wording (days left, counts) can break it. */
const digestLink = (path: string, today: string) => `${path}?digest=${today}`;

/**
 * Rings each bell at most once a day with a digest ("3 个项目即将截止/待验收…") instead of one message per item:
 * region staff get the count of what falls due in their scope, enterprise users the count of their drafts of
 * closing calls. Deadlines are listed once for all regions, users already told today are found in one query
 * and the digests are written in one insert.
 */
export async function sendProjectDeadlineReminders(db: Kysely<DB>, today: string, withinDays: number): Promise<number> {
  const staff = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.region_code'])
    .where('r.role_code', '=', 'staff')
    .where('u.status', '=', 'active')
    .distinct()
    .execute();
  const deadlines = staff.length
    ? await listProjectDeadlines(db, { kind: 'region', prefix: '' }, today, withinDays)
    : [];
  const digests: { user_id: number; category: string; title: string; body: string; link: string }[] = [];
  for (const user of staff) {
    const prefix = regionScopePrefix(user.region_code);
    const mine = deadlines.filter((d) => d.regionCode.startsWith(prefix));
    if (mine.length) {
      digests.push({
        user_id: user.id,
        category: DIGEST_CATEGORY,
        ...staffDigest(mine),
        link: digestLink('/project/deadlines', today),
      });
    }
  }
  const drafts = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('app_user as u', 'u.enterprise_id', 'a.enterprise_id')
    .select(['u.id as user_id', 'a.title', 'c.closes_at'])
    .where('u.status', '=', 'active')
    .where('a.state', 'in', ['draft', 'returned'])
    .where('c.status', '=', 'published')
    .where(
      sql<boolean>`(c.closes_at at time zone 'Asia/Shanghai')::date between ${today}::date and ${today}::date + ${withinDays}::int`,
    )
    .orderBy('c.closes_at')
    .execute();
  const draftsByUser = new Map<number, typeof drafts>();
  for (const d of drafts) draftsByUser.set(d.user_id, [...(draftsByUser.get(d.user_id) ?? []), d]);
  for (const [userId, rows] of draftsByUser) {
    const first = rows[0]!;
    const title = `${rows.length} 份申报书即将截止受理`;
    const body = `最早的“${first.title}”将于 ${chinaToday(first.closes_at)} 截止受理，请尽快完善并提交。`;
    digests.push({ user_id: userId, category: DIGEST_CATEGORY, title, body, link: digestLink('/project/mine', today) });
  }
  if (!digests.length) return 0;
  const told = await db
    .selectFrom('message')
    .select(['user_id', 'link'])
    .where('category', '=', DIGEST_CATEGORY)
    .where(
      'user_id',
      'in',
      digests.map((d) => d.user_id),
    )
    .where('link', 'in', [...new Set(digests.map((d) => d.link))])
    .execute();
  const toldKeys = new Set(told.map((m) => `${m.user_id} ${m.link}`));
  const fresh = digests.filter((d) => !toldKeys.has(`${d.user_id} ${d.link}`));
  if (fresh.length) await db.insertInto('message').values(fresh).execute();
  return fresh.length;
}

/** "3 个项目即将截止/待验收" with a body that counts each kind and names the most urgent item. */
function staffDigest(items: TProjectDeadline[]): { title: string; body: string } {
  const count = (kind: TProjectDeadline['kind']) => items.filter((d) => d.kind === kind).length;
  const parts = [
    count('call-closing') && `${count('call-closing')} 个批次即将截止受理`,
    count('midterm-due') && `${count('midterm-due')} 个项目中期检查应交`,
    count('acceptance-due') && `${count('acceptance-due')} 个项目待验收`,
  ].filter(Boolean);
  const overdue = items.filter((d) => d.daysLeft < 0).length;
  const first = items[0]!;
  const body = `${parts.join('，')}${overdue ? `（其中 ${overdue} 项已逾期）` : ''}。最紧急：${first.title}，截止 ${first.due}。`;
  return { title: `${items.length} 个项目即将截止/待验收`, body: body.slice(0, 2000) };
}
