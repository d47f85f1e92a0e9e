import type { Kysely } from 'kysely';
import { parseRdPeriod } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import type { TodoItem } from '../../platform/module-kit/module';
import { rdTodoRole } from './rd.policy';

/**
 * 我的待办 in R&D: an enterprise user's forms of open tasks still to fill (未填, 已保存) or returned for changes,
 * due by the task's date; staff's open tasks in their region with forms submitted and waiting for review.
 */
export async function rdTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const role = rdTodoRole(auth);
  if (role.kind === 'enterprise') return enterpriseForms(db, role.enterpriseId);
  if (role.kind === 'staff') return formsToReview(db, role.prefix);
  return [];
}

async function enterpriseForms(db: Kysely<DB>, enterpriseId: number): Promise<TodoItem[]> {
  const rows = await db
    .selectFrom('rd_task_unit as u')
    .innerJoin('rd_task as t', 't.id', 'u.task_id')
    .select(['u.id', 'u.status', 'u.period', 'u.return_reason', 't.title', 't.due_date'])
    .where('u.enterprise_id', '=', enterpriseId)
    .where('t.status', '=', 'open')
    .where('u.status', 'in', ['not_filled', 'saved', 'returned'])
    .execute();
  return rows.map((r) => {
    const returned = r.status === 'returned';
    const period = parseRdPeriod(r.period)?.label ?? r.period;
    return {
      key: `rd.form:${r.id}`,
      kind: returned ? '退回修改' : '待填报',
      title: `${r.title}（${period}）`,
      detail: returned ? `退回原因：${r.return_reason ?? '请按审核意见修改'}` : '请填写本单位研发经费情况并提交',
      dueOn: r.due_date,
      link: `/rd/units/${r.id}`,
    };
  });
}

async function formsToReview(db: Kysely<DB>, prefix: string): Promise<TodoItem[]> {
  const rows = await db
    .selectFrom('rd_task as t')
    .innerJoin('rd_task_unit as u', 'u.task_id', 't.id')
    .select(['t.id', 't.title', (eb) => eb.fn.countAll<string>().as('waiting')])
    .where(codeStartsWith('t.region_code', prefix))
    .where('t.status', '=', 'open')
    .where('u.status', '=', 'submitted')
    .groupBy(['t.id', 't.title'])
    .execute();
  return rows.map((r) => ({
    key: `rd.review:${r.id}`,
    kind: '待审核',
    title: `${r.title}：${Number(r.waiting)} 份填报待审核`,
    detail: '单位已提交的研发经费填报表，请审核通过或退回',
    dueOn: null,
    link: `/rd/tasks/${r.id}`,
  }));
}
