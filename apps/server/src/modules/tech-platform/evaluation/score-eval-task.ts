import type { Kysely } from 'kysely';
import { checkQualitativeScores } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertOwnTask } from './evaluation.policy';
import { findTask } from './evaluation.repository';
import { assertRoundState, schemeOf } from './round-rules';

export interface ScoreEvalOptions {
  taskId: number;
  scores: Record<string, string | number>;
  comment?: string | null;
  submit: boolean;
  version: number;
}

/**
 * An expert scores a platform assigned to them while the round is under review (docs/rules.md §5.4), on the
 * scheme's criteria with the project reviews' rule: every criterion within 0..maxScore (400 naming it). Someone
 * else's task is refused (403); a submitted one is final (409).
 */
export async function scoreEvalTask(db: Kysely<DB>, { auth, actor }: UseCaseContext, o: ScoreEvalOptions) {
  const t = await findTask(db, o.taskId);
  if (!t) throw notFound('评审任务');
  assertOwnTask(auth, t);
  assertRoundState({ title: t.round_title, state: t.round_state }, 'reviewing', '评分');
  if (t.status === 'submitted') throw new AppError('CONFLICT', `您已提交“${t.platform_name}”的评价意见，不能再修改`);
  const def = schemeOf(t.definition);
  const problems = checkQualitativeScores(def, o.scores);
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `评分有误：${problems.map((p) => p.message).join('；')}`, problems);
  }
  const scores = Object.fromEntries(def.qualitative.criteria.map((c) => [c.key, String(o.scores[c.key]).trim()]));
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_platform_eval_expert',
      key: 'id',
      id: t.id,
      version: o.version,
      set: {
        scores: JSON.stringify(scores),
        comment: o.comment ?? null,
        status: o.submit ? 'submitted' : 'assigned',
        submitted_at: o.submit ? new Date() : null,
      },
      what: '评价意见',
      userId: auth.userId,
    });
    if (before.status === 'submitted') {
      throw new AppError('CONFLICT', `您已提交“${t.platform_name}”的评价意见，不能再修改`);
    }
    await writeAudit(trx, actor, {
      action: o.submit ? 'tech-platform.evaluation.review.submit' : 'tech-platform.evaluation.review.save',
      objectType: 'tech_platform_eval_expert',
      objectId: t.id,
      regionCode: t.region_code,
      before,
      after,
    });
  });
}
