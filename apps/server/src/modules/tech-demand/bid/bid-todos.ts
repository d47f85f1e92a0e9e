import type { Kysely } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { AuthContext } from '../../../platform/http/types';
import type { TodoItem } from '../../../platform/module-kit/module';
import { staffPrefix } from './bid.policy';
import { overdueMilestones } from './bid.repository';

/** Staff's to-dos: milestones of their region's 揭榜 projects past due and not reported (docs/rules.md §5.2). */
export async function techDemandBidTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const prefix = staffPrefix(auth);
  if (prefix === null) return [];
  const rows = await overdueMilestones(db, prefix, chinaToday());
  return rows.map((m) => ({
    key: `tech-demand.milestone-overdue:${m.id}`,
    kind: '里程碑逾期',
    title: `揭榜项目“${m.demand_title}”里程碑“${m.title}”已逾期`,
    detail: `计划 ${m.due_on} 完成，尚未报告`,
    dueOn: m.due_on,
    link: `/tech-demand/demands?ids=${m.demand_id}`,
  }));
}
