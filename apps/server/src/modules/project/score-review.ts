import type { Kysely } from 'kysely';
import { REVIEWABLE_STATES, checkScores, type ApplicationState, type TCriterion } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findAssignment } from './review.repository';

export interface ScoreOptions {
  assignmentId: number;
  scores: Record<string, string | number>;
  comment?: string | null;
  submit: boolean;
  version: number;
}

/**
 * An expert scores an assignment of their own: refused for anyone else's (403), once submitted or frozen by the
 * leader's confirmation (409), or when a score is missing or outside 0..maxScore (400). `submit` finalises it.
 */
export async function scoreReview(db: Kysely<DB>, { auth, actor }: UseCaseContext, o: ScoreOptions): Promise<void> {
  const r = await findAssignment(db, o.assignmentId);
  if (!r) throw notFound('评审任务');
  if (r.expert_id !== auth.userId) throw forbidden('该评审任务未分配给您，不能打分');
  if (r.ranking_confirmed_at) {
    throw new AppError('CONFLICT', `批次“${r.call_title}”的评审结果已由局领导确认，评分已冻结`);
  }
  if (r.status === 'submitted') throw new AppError('CONFLICT', '您已提交该项目的评审意见，不能再修改');
  if (!REVIEWABLE_STATES.includes(r.application_state as ApplicationState)) {
    throw new AppError('CONFLICT', `申报书“${r.application_title}”已不在评审阶段`);
  }
  const criteria = (r.criteria ?? []) as TCriterion[];
  if (criteria.length === 0) throw new AppError('CONFLICT', `批次“${r.call_title}”尚未设置评审指标`);
  const problems = checkScores(criteria, o.scores);
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `评分有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
  const scores = Object.fromEntries(criteria.map((c) => [c.key, String(o.scores[c.key]).trim()]));
  await db.transaction().execute(async (trx) => {
    // Lock the call row against a concurrent confirmation, then re-check the freeze inside the transaction.
    const call = await trx
      .selectFrom('project_call')
      .select('ranking_confirmed_at')
      .where('id', '=', r.call_id)
      .forShare()
      .executeTakeFirstOrThrow();
    if (call.ranking_confirmed_at) {
      throw new AppError('CONFLICT', `批次“${r.call_title}”的评审结果已由局领导确认，评分已冻结`);
    }
    const set = {
      scores: JSON.stringify(scores),
      comment: o.comment ?? null,
      status: o.submit ? 'submitted' : 'assigned',
      submitted_at: o.submit ? new Date() : null,
    };
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'review_assignment',
      key: 'id',
      id: r.id,
      version: o.version,
      set,
      what: '评审意见',
      userId: auth.userId,
    });
    if (before.status === 'submitted') throw new AppError('CONFLICT', '您已提交该项目的评审意见，不能再修改');
    await writeAudit(trx, actor, {
      action: o.submit ? 'project.review.submit' : 'project.review.save',
      objectType: 'review_assignment',
      objectId: r.id,
      regionCode: r.region_code,
      before,
      after,
    });
  });
}
