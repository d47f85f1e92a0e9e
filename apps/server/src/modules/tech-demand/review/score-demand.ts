import type { Kysely } from 'kysely';
import { checkDimensionScores, REVIEW_DIMENSIONS, type TScoreDemand } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertOwnReview } from '../tech-demand.policy';
import { findReview } from './review.repository';

const locked = (title: string) => new AppError('CONFLICT', `您已确认“${title}”的论证评分，不能再修改`);

/**
 * An expert scores a demand assigned to them while it is under 论证 (docs/rules.md §5.2): the four dimensions,
 * each 0–100 (400 naming it); `confirm` locks the scores (409 after). Someone else's task is refused (403).
 */
export async function scoreDemand(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number, o: TScoreDemand) {
  const task = await findReview(db, id);
  if (!task) throw notFound('论证任务');
  assertOwnReview(auth, task);
  if (task.demand_state !== 'reviewing') throw new AppError('CONFLICT', `“${task.demand_title}”已不在论证中，不能打分`);
  if (task.confirmed_at) throw locked(task.demand_title);
  const problems = checkDimensionScores(o.scores);
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `评分有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
  const scores = Object.fromEntries(REVIEW_DIMENSIONS.map((d) => [d.key, String(o.scores[d.key]).trim()]));
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_demand_review',
      key: 'id',
      id,
      version: o.version,
      set: {
        scores: JSON.stringify(scores),
        comment: o.comment ?? null,
        confirmed_at: o.confirm ? new Date() : null,
      },
      what: '论证评分',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.confirmed_at) throw locked(task.demand_title);
    await writeAudit(
      trx,
      actor,
      {
        action: o.confirm ? 'tech-demand.review.confirm' : 'tech-demand.review.save',
        objectType: 'tech_demand_review',
        objectId: id,
        regionCode: task.region_code,
        before,
        after,
      },
      { head: auditHead! },
    );
  });
  return (await findReview(db, id))!;
}
