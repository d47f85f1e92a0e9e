import type { Kysely } from 'kysely';
import { checkNotReported, type RdFinding } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { storedFindings } from './rd-findings';
import type { RdTaskRow } from './rd-task.repository';
import { listAllUnits, loadRuleConfig, previousReports } from './rd-unit.repository';

/** One finding with the unit it belongs to. */
export type TaskFinding = RdFinding & { unitId: number; enterpriseId: number; enterpriseName: string; status: string };

/**
 * The review list of a task: every open finding of every unit that has filled something (approved forms included,
 * so staff can see what they accepted and why), plus "not reported" for units past the due date.
 */
export async function taskFindings(db: Kysely<DB>, task: RdTaskRow, today: string): Promise<TaskFinding[]> {
  const units = await listAllUnits(db, task.id);
  const [rules, previous] = await Promise.all([
    loadRuleConfig(db, task.region_code),
    previousReports(
      db,
      units.map((u) => u.enterprise_id),
      task.period,
    ),
  ]);
  const filled = units.filter((u) => u.status !== 'not_filled').map((u) => u.id);
  const projects = filled.length
    ? await db
        .selectFrom('rd_project')
        .selectAll()
        .where('task_unit_id', 'in', filled)
        .orderBy('task_unit_id')
        .orderBy('seq')
        .execute()
    : [];
  const out: TaskFinding[] = [];
  for (const u of units) {
    const who = { unitId: u.id, enterpriseId: u.enterprise_id, enterpriseName: u.enterprise_name, status: u.status };
    const late = checkNotReported({ status: u.status, dueDate: task.due_date, today }, rules);
    if (late) out.push({ ...late, ...who });
    if (u.status === 'not_filled') continue;
    const mine = projects.filter((p) => p.task_unit_id === u.id);
    for (const f of await storedFindings(db, u, mine, { rules, previous })) out.push({ ...f, ...who });
  }
  return out;
}
