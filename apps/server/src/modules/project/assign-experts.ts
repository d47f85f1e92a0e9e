import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  APPLICATION_STATE_LABELS,
  REVIEWABLE_STATES,
  type ApplicationState,
  type ZAssignExpertsRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { conflictOf } from './conflict-of-interest';
import { findApplicationsForAssignment } from './expert.repository';
import { assertStaffRegion } from './project.policy';
import { assignableExperts } from './assignable-experts';

/**
 * Assigns the same experts to one or more applications (all or nothing): staff of the region only, applications
 * still under review, ranking not yet confirmed, experts with a profile and no conflict of interest, and each
 * application ending with at least the call's minimum number of experts.
 */
export async function assignExperts(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { applicationIds, expertIds }: z.infer<typeof ZAssignExpertsRequest>,
): Promise<number> {
  const apps = await findApplicationsForAssignment(db, applicationIds);
  if (apps.length !== new Set(applicationIds).size) throw new AppError('NOT_FOUND', '部分申报书不存在');
  const experts = await assignableExperts(db, expertIds);

  const problems: string[] = [];
  for (const a of apps) {
    assertStaffRegion(auth, a.region_code);
    if (!REVIEWABLE_STATES.includes(a.state as ApplicationState)) {
      problems.push(`“${a.title}”当前为“${APPLICATION_STATE_LABELS[a.state as ApplicationState]}”，不在评审阶段`);
    }
    if (a.ranking_confirmed_at) problems.push(`批次“${a.call_title}”的评审结果已确认，不能再指派专家`);
    for (const x of experts) {
      const why = conflictOf(x, a);
      if (why) problems.push(`专家“${x.name}”与申报单位“${a.name}”存在利益冲突（${why}），不能评审“${a.title}”`);
    }
  }
  if (problems.length) throw new AppError('CONFLICT', problems.join('；'), problems);

  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const a of apps) {
      const rows = await trx
        .insertInto('review_assignment')
        .values(
          expertIds.map((expertId) => ({
            region_code: a.region_code,
            application_id: a.id,
            expert_id: expertId,
            scores: '{}',
            comment: null,
            submitted_at: null,
            created_by: actor.id,
            updated_by: actor.id,
          })),
        )
        .onConflict((oc) => oc.columns(['region_code', 'application_id', 'expert_id']).doNothing())
        .returning(['id', 'expert_id'])
        .execute();
      added += rows.length;
      const total = await trx
        .selectFrom('review_assignment')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('application_id', '=', a.id)
        .executeTakeFirstOrThrow();
      if (Number(total.n) < a.min_experts) {
        throw new AppError(
          'VALIDATION_FAILED',
          `批次要求每个项目至少 ${a.min_experts} 位评审专家，“${a.title}”目前只有 ${Number(total.n)} 位`,
          [{ field: 'expertIds', message: `至少 ${a.min_experts} 位` }],
        );
      }
      await writeAudit(trx, actor, {
        action: 'project.review.assign',
        objectType: 'project_application',
        objectId: a.id,
        regionCode: a.region_code,
        details: { expertIds: rows.map((r) => r.expert_id) },
      });
      for (const r of rows) {
        await notifyUser(trx, r.expert_id, {
          category: 'todo',
          title: `评审任务：${a.title}`,
          body: `请对批次“${a.call_title}”中的申报书“${a.title}”进行评审打分。`,
          link: `/project/reviews?id=${r.id}`,
        });
      }
    }
  });
  return added;
}
