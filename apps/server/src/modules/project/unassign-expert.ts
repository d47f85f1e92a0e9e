import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertStaffKeeps } from './project.policy';
import { findAssignment } from './review.repository';

/** Staff of its region withdraw an expert's assignment while it is unscored and the ranking unconfirmed. */
export async function unassignExpert(db: Kysely<DB>, { auth, actor }: UseCaseContext, assignmentId: number) {
  const r = await findAssignment(db, assignmentId);
  assertStaffKeeps(auth, r, '评审任务');
  if (r.status === 'submitted' || r.ranking_confirmed_at) {
    throw new AppError('CONFLICT', '专家已提交评分或结果已确认，不能撤销指派');
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('review_assignment').where('id', '=', r.id).execute();
    await writeAudit(trx, actor, {
      action: 'project.review.unassign',
      objectType: 'review_assignment',
      objectId: r.id,
      regionCode: r.region_code,
      details: { applicationId: r.application_id, expertId: r.expert_id },
    });
  });
}
