import type { Kysely } from 'kysely';
import { inScope, regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { forbidden, notFound, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { buildTaskSummary } from './build-task-summary';
import { assertTaskInScope, rdScope } from './rd.policy';
import { findTask } from './rd-task.repository';
import { enterpriseRegion } from './rd-unit.repository';

/**
 * A task's totals: staff and leaders of its region on the basis they ask for; an enterprise user of the task's
 * area only once a leader has published them, and only on the approved basis.
 */
export async function readTaskSummary(
  db: Kysely<DB>,
  auth: AuthContext,
  input: { taskId: number; basis: 'approved' | 'reported' },
) {
  const scope = rdScope(auth);
  const task = await findTask(db, input.taskId);
  if (!task) throw notFound('填报任务');
  if (scope.kind === 'region') {
    assertTaskInScope(scope.prefix, task);
    return buildTaskSummary(db, task, input.basis);
  }
  if (scope.kind !== 'own') throw forbidden();
  const own = await enterpriseRegion(db, scope.enterpriseId);
  if (!inScope(regionScopePrefix(task.region_code), own)) throw outOfScope();
  if (!task.published) throw forbidden('全县汇总尚未由局领导发布，暂不能查看');
  return buildTaskSummary(db, task, 'approved');
}
