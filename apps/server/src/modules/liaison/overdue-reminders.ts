import { sql, type Kysely } from 'kysely';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';
import { overdueIssues } from './issue.repository';

export const OVERDUE_REMINDER_JOB = 'liaison.overdue-reminders';

/** The issues a message names: the first 20, then how many in all (a province's list would not fit a message). */
const MESSAGE_LIST_LIMIT = 20;
const listed = (items: string[]) =>
  items.slice(0, MESSAGE_LIST_LIMIT).join('；') +
  (items.length > MESSAGE_LIST_LIMIT ? `……等 ${items.length} 件，见逾期诉求列表` : '');

/**
 * Reminds of every open issue past its due date (docs/rules.md §5.7.1): one message to each cadre listing theirs,
 * and one summary per leader of the region. Each issue is reminded at most once a day (a row per issue and day), so a second
 * run on the same day sends nothing. Answers how many issues were reminded.
 */
export async function sendOverdueReminders(db: Kysely<DB>, today: string): Promise<number> {
  const overdue = await overdueIssues(db, today);
  if (!overdue.length) return 0;
  return db.transaction().execute(async (trx) => {
    // The ids go as one array: a province has tens of thousands overdue, past PostgreSQL's 65,535 bind parameters.
    const { rows: fresh } = await sql<{ issue_id: number }>`
      insert into liaison_issue_reminder (issue_id, sent_on)
      select unnest(${overdue.map((i) => i.id)}::int[]), ${today}::date
      on conflict (issue_id, sent_on) do nothing
      returning issue_id`.execute(trx);
    const sent = new Set(fresh.map((r) => r.issue_id));
    const due = overdue.filter((i) => sent.has(i.id));
    // One message per cadre (a cadre may have many overdue issues on one day).
    const byCadre = new Map<number, typeof due>();
    for (const i of due) {
      const mine = byCadre.get(i.cadre_id);
      if (mine) mine.push(i);
      else byCadre.set(i.cadre_id, [i]);
    }
    for (const [cadreId, mine] of byCadre) {
      await notifyUser(trx, cadreId, {
        category: 'deadline',
        title:
          mine.length === 1 ? `企业诉求逾期未办结：${mine[0]!.enterprise_name}` : `${mine.length} 件企业诉求逾期未办结`,
        body: `${listed(mine.map((i) => `${i.enterprise_name}“${i.content}”（时限 ${i.due_on}）`))}。请督促责任部门办理。`,
        link: mine.length === 1 ? `/liaison/issues?ids=${mine[0]!.id}` : '/liaison/issues?overdue=true',
      });
    }
    const leaders = await trx
      .selectFrom('app_user as u')
      .innerJoin('user_role as r', 'r.user_id', 'u.id')
      .select(['u.id', 'u.region_code'])
      .where('r.role_code', '=', 'leader')
      .where('u.status', '=', 'active')
      .execute();
    for (const l of leaders) {
      const mine = due.filter((i) => inScope(regionScopePrefix(l.region_code), i.region_code));
      if (!mine.length) continue;
      await notifyUser(trx, l.id, {
        category: 'deadline',
        title: `${mine.length} 件企业诉求逾期未办结`,
        body: listed(mine.map((i) => `${i.enterprise_name}：${i.content}（时限 ${i.due_on}）`)),
        // The list's own filter, not the ids: a county's overdue issues would overflow a message link.
        link: '/liaison/issues?overdue=true',
      });
    }
    return due.length;
  });
}
