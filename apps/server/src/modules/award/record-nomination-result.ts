import type { Kysely } from 'kysely';
import {
  AWARD_GRADE_LABELS,
  findNominationTransition,
  illegalNominationMessage,
  NOMINATION_STATE_LABELS,
  type NominationState,
  type TAwardResultRequest,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertDictValue, dictLabels, fieldError } from './award-region';
import { awardTimelineEvent, historyInsert, nomineeLabel } from './award-events';
import { assertCanUpdate } from './award.policy';
import { categoryLabel } from './create-nomination';
import { findNomination, type NominationRow } from './nomination.repository';
import { readNomination } from './read-award-rows';
import { updateAwardRow } from './update-award-row';

/** The label of a grade (the dictionary's, or the built-in one). */
export async function gradeLabel(db: Kysely<DB>, code: string): Promise<string> {
  return (await dictLabels(db, 'award_grade')).get(code) ?? AWARD_GRADE_LABELS[code] ?? code;
}

/**
 * Records the announced result of a nomination: 推荐 → 获奖 (with its 等级 and 名次 if announced) or 未获奖, as the
 * domain's `NOMINATION_TRANSITIONS` allow (409 naming both states otherwise). A nomination that does not exist is
 * 404. The history row and the enterprise's timeline event go with the audit append.
 */
export async function recordNominationResult(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  r: TAwardResultRequest,
): Promise<NominationRow> {
  const n = await readNomination(db, auth, id);
  const from = n.state as NominationState;
  const move = findNominationTransition(from, r.state);
  if (!move) throw new AppError('CONFLICT', illegalNominationMessage(from, r.state), { from, to: r.state });
  if (move.gradeRequired && !r.grade) throw fieldError('grade', '获奖等级：登记获奖须填写获奖等级');
  if (r.grade && r.state === 'awarded') await assertDictValue(db, 'award_grade', r.grade, 'grade', '获奖等级');
  if (r.announcedOn < n.nominated_on) {
    throw fieldError('announcedOn', `公布日期：${r.announcedOn} 早于推荐日期 ${n.nominated_on}`);
  }
  const awarded = r.state === 'awarded';
  const category = await categoryLabel(db, n.category);
  const grade = awarded ? await gradeLabel(db, r.grade!) : null;
  const rank = awarded && r.rank ? `，第 ${r.rank} 名` : '';
  const result = awarded ? `获得${category}${grade}${rank}` : `未获${category}`;
  await db.transaction().execute(async (trx) => {
    await updateAwardRow(trx, actor, {
      table: 'award_nomination',
      id,
      version: r.version,
      set: {
        state: r.state,
        grade: awarded ? r.grade : null,
        rank: awarded ? (r.rank ?? null) : null,
        announced_on: r.announcedOn,
      },
      what: '获奖推荐记录',
      action: 'award.nomination.result',
      details: { from, to: r.state, comment: r.comment ?? null },
      check: (before) => {
        assertCanUpdate(auth, before, '该获奖推荐记录');
        if (before.state !== from) {
          throw new AppError('VERSION_CONFLICT', '获奖推荐记录已被他人修改，请刷新后重试（您的修改未保存）');
        }
      },
      alongside: () => [
        historyInsert(trx, actor, {
          region_code: n.region_code,
          subject: 'nomination',
          subject_id: id,
          from_state: from,
          to_state: r.state,
          detail: [result, r.comment].filter(Boolean).join('；'),
        }),
        ...awardTimelineEvent(trx, actor, n, {
          kind: awarded ? 'award-won' : 'award-not-won',
          title: `${n.programme_name}：${nomineeLabel(n)}${result}`,
          detail: `${NOMINATION_STATE_LABELS[from]} → ${NOMINATION_STATE_LABELS[r.state]}，公布日期 ${r.announcedOn}`,
          ref: { type: 'award_nomination', id },
        }),
      ],
    });
  });
  return (await findNomination(db, id))!;
}
