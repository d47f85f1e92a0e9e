import type { Kysely } from 'kysely';
import { APPLICATION_STATE_LABELS, REVIEWABLE_STATES, type ApplicationState } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { assertStaffRegion } from './project.policy';

interface Conflict {
  creditCode?: string | null;
  name?: string | null;
  reason: string;
}

/** Why an expert may not review an applicant (works there, or declared a conflict), or null when there is no conflict. */
export function conflictOf(
  expert: { employer_credit_code: string | null; employer_name: string | null; conflicts: unknown; enterprise_id: number | null },
  applicant: { id: number; name: string; credit_code: string },
): string | null {
  if (expert.enterprise_id === applicant.id) return '专家账号隶属申报单位';
  if (expert.employer_credit_code && expert.employer_credit_code.toUpperCase() === applicant.credit_code) return '专家工作单位即申报单位';
  if (expert.employer_name && expert.employer_name.trim() === applicant.name) return '专家工作单位即申报单位';
  const declared = ((expert.conflicts ?? []) as Conflict[]).find((c) => (c.creditCode && c.creditCode.toUpperCase() === applicant.credit_code) || (c.name && c.name.trim() === applicant.name));
  return declared ? `专家申报了回避：${declared.reason}` : null;
}

/**
 * Assigns the same experts to one or more applications (all or nothing): staff of the region only, applications
 * still under review, ranking not yet confirmed, experts with a profile and no conflict of interest, and each
 * application ending with at least the call's minimum number of experts.
 */
export async function assignExperts(db: Kysely<DB>, auth: AuthContext, actor: Actor, applicationIds: number[], expertIds: number[]): Promise<number> {
  const apps = await db
    .selectFrom('project_application as a')
    .innerJoin('project_call as c', 'c.id', 'a.call_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select(['a.id', 'a.title', 'a.state', 'a.region_code', 'a.enterprise_id', 'e.name', 'e.credit_code', 'c.title as call_title', 'c.min_experts', 'c.ranking_confirmed_at'])
    .where('a.id', 'in', applicationIds)
    .execute();
  if (apps.length !== new Set(applicationIds).size) throw new AppError('NOT_FOUND', '部分申报书不存在');
  const experts = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', (j) => j.onRef('ur.user_id', '=', 'u.id').on('ur.role_code', '=', 'expert'))
    .leftJoin('expert_profile as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.enterprise_id', 'p.user_id as profile_id', 'p.name', 'p.employer_credit_code', 'p.employer_name', 'p.conflicts'])
    .where('u.id', 'in', expertIds)
    .where('u.status', '=', 'active')
    .execute();
  const missing = expertIds.filter((id) => !experts.some((x) => x.id === id));
  if (missing.length) throw new AppError('VALIDATION_FAILED', `用户 ${missing.join('、')} 不是在岗的评审专家`, [{ field: 'expertIds', message: '请从专家库中选择' }]);
  const noProfile = experts.filter((x) => x.profile_id === null);
  if (noProfile.length) throw new AppError('VALIDATION_FAILED', `专家“${noProfile.map((x) => x.display_name).join('、')}”尚未建立专家档案（工作单位与回避声明），不能指派`);

  const problems: string[] = [];
  for (const a of apps) {
    assertStaffRegion(auth, a.region_code);
    if (!REVIEWABLE_STATES.includes(a.state as ApplicationState)) problems.push(`“${a.title}”当前为“${APPLICATION_STATE_LABELS[a.state as ApplicationState]}”，不在评审阶段`);
    if (a.ranking_confirmed_at) problems.push(`批次“${a.call_title}”的评审结果已确认，不能再指派专家`);
    for (const x of experts) {
      const why = conflictOf(x, { id: a.enterprise_id, name: a.name, credit_code: a.credit_code });
      if (why) problems.push(`专家“${x.name}”与申报单位“${a.name}”存在利益冲突（${why}），不能评审“${a.title}”`);
    }
  }
  if (problems.length) throw new AppError('CONFLICT', problems.join('；'), problems);

  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const a of apps) {
      const rows = await trx
        .insertInto('review_assignment')
        .values(expertIds.map((expertId) => ({ region_code: a.region_code, application_id: a.id, expert_id: expertId, scores: '{}', comment: null, submitted_at: null, created_by: actor.id, updated_by: actor.id })))
        .onConflict((oc) => oc.columns(['region_code', 'application_id', 'expert_id']).doNothing())
        .returning(['id', 'expert_id'])
        .execute();
      added += rows.length;
      const total = await trx.selectFrom('review_assignment').select((eb) => eb.fn.countAll<number>().as('n')).where('application_id', '=', a.id).executeTakeFirstOrThrow();
      if (Number(total.n) < a.min_experts) {
        throw new AppError('VALIDATION_FAILED', `批次要求每个项目至少 ${a.min_experts} 位评审专家，“${a.title}”目前只有 ${Number(total.n)} 位`, [{ field: 'expertIds', message: `至少 ${a.min_experts} 位` }]);
      }
      await writeAudit(trx, actor, { action: 'project.review.assign', objectType: 'project_application', objectId: a.id, regionCode: a.region_code, details: { expertIds: rows.map((r) => r.expert_id) } });
      for (const r of rows) await notifyUser(trx, r.expert_id, { category: 'todo', title: `评审任务：${a.title}`, body: `请对批次“${a.call_title}”中的申报书“${a.title}”进行评审打分。`, link: `/project/reviews?id=${r.id}` });
    }
  });
  return added;
}
