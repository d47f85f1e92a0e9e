import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import type { TodoItem } from '../../platform/module-kit/module';
import { todoRoles } from './tech-demand.policy';
import { returnedDraftsOf, unconfirmedReviewsOf } from './tech-demand.repository';

/**
 * The signed-in user's own 揭榜挂帅 to-dos: an enterprise's demands returned for changes, an expert's demands
 * awaiting its confirmed scores (docs/rules.md §5.2).
 */
export async function techDemandTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const roles = todoRoles(auth);
  const items: TodoItem[] = [];
  if (roles.enterpriseId !== null) {
    for (const d of await returnedDraftsOf(db, roles.enterpriseId)) {
      items.push({
        key: `tech-demand.returned:${d.id}`,
        kind: '退回修改',
        title: `技术需求“${d.title}”`,
        detail: d.reason ? `退回理由：${d.reason}` : '请修改后重新提交',
        dueOn: d.collect_to,
        link: '/tech-demand/mine',
      });
    }
  }
  if (roles.expertId !== null) {
    for (const r of await unconfirmedReviewsOf(db, roles.expertId)) {
      items.push({
        key: `tech-demand.review:${r.id}`,
        kind: '待评审',
        title: `需求论证“${r.title}”`,
        detail: '请按产业带动作用、研究基础、技术指标、财务指标打分并确认',
        link: '/tech-demand/scoring',
      });
    }
  }
  return items;
}
