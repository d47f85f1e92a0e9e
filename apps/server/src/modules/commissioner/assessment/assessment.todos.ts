import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import type { AuthContext } from '../../../platform/http/types';
import type { TodoItem } from '../../../platform/module-kit/module';
import { raterOf } from './assessment.policy';
import { ratableEntries } from './assessment.repository';

/**
 * 我的待办 of a served enterprise: the commissioners whose year it may rate (服务对象满意度, docs/rules.md §5.1.1)
 * in an assessment still open, and has not rated yet.
 */
export async function assessmentTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const enterpriseId = raterOf(auth);
  if (!enterpriseId) return [];
  const entries = await ratableEntries(db, enterpriseId);
  return entries
    .filter((e) => e.status === 'open' && e.points === null)
    .map((e) => ({
      key: `commissioner.rating:${e.id}`,
      kind: '待评价',
      title: `评价科技特派员 ${e.name} 的 ${e.year} 年服务`,
      detail: '为本单位提供过服务的科技特派员年度考核中的服务对象满意度',
      dueOn: null,
      link: '/commissioner/ratings',
    }));
}
