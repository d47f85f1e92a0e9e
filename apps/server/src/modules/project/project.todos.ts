import type { Kysely } from 'kysely';
import { REVIEWABLE_STATES } from '@kechuang/domain';
import { codeStartsWith } from '../../platform/db/code-prefix';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import type { TodoItem } from '../../platform/module-kit/module';
import { projectTodoRoles } from './project.policy';

/**
 * 我的待办 in projects: an applicant's applications returned for changes (退回修改), an expert's open review
 * assignments (待评审), and staff's applications submitted and waiting to be taken into 受理审核 (one item per call).
 */
export async function projectTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const roles = projectTodoRoles(auth);
  const lists = await Promise.all([
    roles.applicant ? returnedApplications(db, roles.applicant) : [],
    roles.expert ? openReviews(db, roles.expert) : [],
    roles.staffPrefix !== null ? applicationsToAccept(db, roles.staffPrefix) : [],
  ]);
  return lists.flat();
}

async function returnedApplications(db: Kysely<DB>, enterpriseId: number): Promise<TodoItem[]> {
  const rows = await db
    .selectFrom('project_application as a')
    .select([
      'a.id',
      'a.title',
      (eb) =>
        eb
          .selectFrom('project_transition as t')
          .select('t.comment')
          .whereRef('t.application_id', '=', 'a.id')
          .where('t.to_state', '=', 'returned')
          .orderBy('t.id', 'desc')
          .limit(1)
          .as('reason'),
    ])
    .where('a.enterprise_id', '=', enterpriseId)
    .where('a.state', '=', 'returned')
    .execute();
  return rows.map((r) => ({
    key: `project.returned:${r.id}`,
    kind: '退回修改',
    title: r.title,
    detail: `退回原因：${r.reason ?? '请按审核意见修改'}；修改后重新提交`,
    dueOn: null,
    link: `/project/mine/${r.id}`,
  }));
}

async function openReviews(db: Kysely<DB>, expertId: number): Promise<TodoItem[]> {
  const rows = await db
    .selectFrom('review_assignment as r')
    .innerJoin('project_application as a', 'a.id', 'r.application_id')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .select(['r.id', 'a.title', 'c.title as call_title'])
    .where('r.expert_id', '=', expertId)
    .where('r.status', '=', 'assigned')
    .where('a.state', 'in', [...REVIEWABLE_STATES])
    .execute();
  return rows.map((r) => ({
    key: `project.review:${r.id}`,
    kind: '待评审',
    title: r.title,
    detail: `${r.call_title}：请按评审指标打分并提交`,
    dueOn: null,
    link: '/project/reviews',
  }));
}

async function applicationsToAccept(db: Kysely<DB>, prefix: string): Promise<TodoItem[]> {
  const rows = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .select(['c.id', 'c.title', (eb) => eb.fn.countAll<string>().as('waiting')])
    .where(codeStartsWith('a.region_code', prefix))
    .where('a.state', '=', 'submitted')
    .groupBy(['c.id', 'c.title'])
    .execute();
  return rows.map((r) => ({
    key: `project.accept:${r.id}`,
    kind: '待受理',
    title: `${r.title}：${Number(r.waiting)} 份申报书待受理审核`,
    detail: '企业已提交的申报书，请受理审核',
    dueOn: null,
    link: `/project/applications?callId=${r.id}`,
  }));
}
