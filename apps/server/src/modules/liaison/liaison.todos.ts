import type { Kysely } from 'kysely';
import { chinaToday, LIAISON_OPEN_STATES } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import type { TodoItem } from '../../platform/module-kit/module';
import { confirmsOwnIssues, handlesIssues } from './liaison.policy';

/**
 * 我的待办 of 干部包企业 (docs/rules.md §5.7.1): an enterprise user's issues answered and awaiting its confirmation;
 * a cadre's own issues past their due date.
 */
export async function liaisonTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const out: TodoItem[] = [];
  if (confirmsOwnIssues(auth) && auth.enterpriseId) {
    const rows = await db
      .selectFrom('liaison_issue')
      .select(['id', 'content', 'closed_on'])
      .where('enterprise_id', '=', auth.enterpriseId)
      .where('status', '=', 'closed')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      out.push({
        key: `liaison.confirm:${r.id}`,
        kind: '待确认',
        title: `诉求已办结，请确认：${r.content}`,
        detail: '请查看办理答复，确认办结或退回重办',
        dueOn: null,
        link: '/liaison/my-issues',
      });
    }
  }
  if (handlesIssues(auth)) {
    const rows = await db
      .selectFrom('liaison_issue as i')
      .innerJoin('enterprise as e', 'e.id', 'i.enterprise_id')
      .select(['i.id', 'i.content', 'i.due_on', 'e.name'])
      .where('i.cadre_id', '=', auth.userId)
      .where('i.status', 'in', LIAISON_OPEN_STATES)
      .where('i.due_on', '<', chinaToday())
      .orderBy('i.due_on')
      .execute();
    for (const r of rows) {
      out.push({
        key: `liaison.overdue:${r.id}`,
        kind: '已逾期',
        title: `${r.name}：${r.content}`,
        detail: `办理时限 ${r.due_on} 已过，请督促办理`,
        dueOn: r.due_on,
        link: `/liaison/issues?ids=${r.id}`,
      });
    }
  }
  return out;
}
