import type { Kysely } from 'kysely';
import { parseRdPeriod } from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notifyUser } from '../../platform/messages/notify';
import { presentCounts } from './rd.presenter';
import { countsByTask } from './rd-task.repository';
import { codeStartsWith } from '../../platform/db/code-prefix';

const NOT_REPORTED = ['not_filled', 'saved', 'returned'];
/** Open tasks falling due within this many days (or overdue) get the automatic reminder. */
export const REMIND_WITHIN_DAYS = 7;

/**
 * Bells the enterprise users of every unit of an open task that has not reported (未填, 已保存, 退回), and sends a
 * summary with the completion rate to the staff of the task's region. Without a task id: every open task due
 * within REMIND_WITHIN_DAYS of `today` or overdue.
 */
export async function sendRdReminders(
  db: Kysely<DB>,
  opts: { taskId?: number; today: string },
): Promise<{ tasks: number; units: number; users: number; staff: number }> {
  let q = db.selectFrom('rd_task').selectAll().where('status', '=', 'open');
  if (opts.taskId) q = q.where('id', '=', opts.taskId);
  else {
    const until = new Date(Date.parse(`${opts.today}T00:00:00Z`) + REMIND_WITHIN_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    q = q.where('due_date', '<=', until);
  }
  const tasks = await q.execute();
  const sent = { tasks: tasks.length, units: 0, users: 0, staff: 0 };
  for (const task of tasks) {
    const late = opts.today > task.due_date;
    const pending = await db
      .selectFrom('rd_task_unit as u')
      .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
      .leftJoin('app_user as a', (j) =>
        j.onRef('a.enterprise_id', '=', 'u.enterprise_id').on('a.status', '=', 'active'),
      )
      .select(['u.id', 'u.status', 'e.name', 'a.id as user_id'])
      .where('u.task_id', '=', task.id)
      .where('u.status', 'in', NOT_REPORTED)
      .execute();
    const units = new Set(pending.map((p) => p.id));
    sent.units += units.size;
    for (const p of pending) {
      if (p.user_id === null) continue;
      const what = p.status === 'returned' ? '已被退回，请修改后重新提交' : '尚未提交';
      await notifyUser(db, p.user_id, {
        category: 'rd',
        title: `${late ? '已逾期' : '填报提醒'}：${task.title}`,
        body: `${p.name}的${parseRdPeriod(task.period)?.label ?? task.period}研发经费填报${what}，截止日期 ${task.due_date}。`,
        link: `/rd/mine?unit=${p.id}`,
      });
      sent.users++;
    }
    const counts = presentCounts((await countsByTask(db, [task.id])).get(task.id));
    const staff = await db
      .selectFrom('app_user as a')
      .innerJoin('user_role as r', 'r.user_id', 'a.id')
      .select('a.id')
      .where('r.role_code', '=', 'staff')
      .where('a.status', '=', 'active')
      .where(codeStartsWith('a.region_code', regionScopePrefix(task.region_code)))
      .execute();
    const names = [...new Set(pending.map((p) => p.name))];
    for (const s of staff) {
      await notifyUser(db, s.id, {
        category: 'rd',
        title: `填报进度：${task.title} 填报率 ${counts.reportedRate}%`,
        body: `共 ${counts.units} 家单位，已报 ${counts.submitted + counts.approved} 家（通过 ${counts.approved} 家），未报 ${units.size} 家${names.length ? `：${names.slice(0, 20).join('、')}${names.length > 20 ? ` 等 ${names.length} 家` : ''}` : ''}。已向未报单位发送提醒。`,
        link: `/rd/tasks/${task.id}`,
      });
      sent.staff++;
    }
  }
  return sent;
}
