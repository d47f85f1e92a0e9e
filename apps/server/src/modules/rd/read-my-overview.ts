import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZRdMyOverview } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { rdTodoRole } from './rd.policy';
import { presentMyReport } from './rd.presenter';
import { listReportsOf } from './rd-unit.repository';
import { readTaskSummary } from './read-task-summary';

/**
 * 我的填报: the enterprise's forms, the current one (the open task's, else the latest period's), and the county
 * totals of the current task only if a leader published them. Nothing is asked that the user may not see, so the
 * page never meets a 403 (nor falls back to an older period's totals).
 */
export async function readMyOverview(db: Kysely<DB>, auth: AuthContext): Promise<z.infer<typeof ZRdMyOverview>> {
  const role = rdTodoRole(auth);
  if (role.kind !== 'enterprise') return { reports: [], currentId: null, county: null };
  const reports = (await listReportsOf(db, role.enterpriseId)).map(presentMyReport);
  const current = reports.find((r) => r.taskStatus === 'open') ?? reports[0] ?? null;
  const county =
    current?.published === true ? await readTaskSummary(db, auth, { taskId: current.taskId, basis: 'approved' }) : null;
  return { reports, currentId: current?.id ?? null, county };
}
