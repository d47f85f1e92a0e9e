import type { Kysely } from 'kysely';
import { chinaToday, findEvalRoundTransition, illegalEvalRoundMessage, type EvalRoundState } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound, versionConflict } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertEvalStaff } from './evaluation.policy';
import { entriesOfRound, findRound } from './evaluation.repository';
import { gradeEntries } from './grade-eval-round';
import { draftEvalNotice } from './publish-eval-notice';

export interface TransitionEvalRoundOptions {
  id: number;
  to: EvalRoundState;
  version: number;
  noticeStartDate?: string;
  noticeWorkingDays?: number;
}

/**
 * Moves a round along its machine (docs/rules.md §5.4), staff of its county only; a forbidden move is a 409 naming
 * both states. 开放填报 → 评审中 needs every entry submitted; 评审中 → 已定级 grades every entry (and proposes
 * 摘牌 where due); 已定级 → 已公示 drafts the 公示. One transaction: the round (optimistic locking), its history
 * row, the grades, the audit row last.
 */
export async function transitionEvalRound(db: Kysely<DB>, ctx: UseCaseContext, o: TransitionEvalRoundOptions) {
  const { auth, actor } = ctx;
  const round = await findRound(db, o.id);
  if (!round) throw notFound('评价批次');
  assertEvalStaff(auth, round.region_code);
  const from = round.state as EvalRoundState;
  if (!findEvalRoundTransition(from, o.to)) {
    throw new AppError('CONFLICT', illegalEvalRoundMessage(from, o.to), { from, to: o.to });
  }
  if (round.version !== o.version) throw versionConflict('评价批次');
  const entries = await entriesOfRound(db, round.id, { kind: 'region', prefix: round.region_code });
  if (o.to === 'reviewing') {
    const open = entries.filter((e) => e.status !== 'submitted').map((e) => `“${e.platform_name}”`);
    if (open.length) throw new AppError('CONFLICT', `${open.join('、')}尚未提交评价数据，不能进入评审`);
  }
  // The 公示 is drafted first (its own transaction and audit row); the round then records it.
  const noticeId =
    o.to === 'published'
      ? await draftEvalNotice(db, ctx, round, entries, {
          startDate: o.noticeStartDate,
          workingDays: o.noticeWorkingDays,
        })
      : undefined;
  return db.transaction().execute(async (trx) => {
    const set: Record<string, unknown> = { state: o.to };
    if (o.to === 'graded') set.graded_on = chinaToday();
    if (noticeId) set.notice_id = noticeId;
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_platform_eval_round',
      key: 'id',
      id: round.id,
      version: o.version,
      set,
      what: '评价批次',
      userId: auth.userId,
    });
    if (before.state !== from) throw versionConflict('评价批次');
    const result = o.to === 'graded' ? await gradeEntries(trx, actor, round, entries) : null;
    await trx
      .insertInto('tech_platform_eval_round_history')
      .values({
        round_id: round.id,
        region_code: round.region_code,
        from_state: from,
        to_state: o.to,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(trx, actor, {
      action: 'tech-platform.evaluation.transition',
      objectType: 'tech_platform_eval_round',
      objectId: round.id,
      regionCode: round.region_code,
      before,
      after,
      details: { from, to: o.to, ...(result ?? {}), ...(noticeId ? { noticeId } : {}) },
    });
    return result;
  });
}
