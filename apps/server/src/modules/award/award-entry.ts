import type { Kysely } from 'kysely';
import {
  COMPETITION_STAGE_LABELS,
  competitionDisplayName,
  type CompetitionStage,
  type TEntryAwardRequest,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertDictValue, fieldError } from './award-region';
import { awardTimelineEvent, historyInsert, nomineeLabel } from './award-events';
import { assertCanUpdate } from './award.policy';
import { findEntry, type EntryRow } from './entry.repository';
import { gradeLabel } from './record-nomination-result';
import { readEntry } from './read-award-rows';
import { updateAwardRow } from './update-award-row';

/**
 * Records the award an entry won (优秀奖 etc.) at the stage it reached. An entry wins once: a second award is 409
 * naming the one recorded.
 */
export async function awardEntry(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  r: TEntryAwardRequest,
): Promise<EntryRow> {
  const e = await readEntry(db, auth, id);
  if (e.award) {
    const had = await gradeLabel(db, e.award);
    throw new AppError('CONFLICT', `参赛记录已登记所获奖项“${had}”（${e.awarded_on}），不能再次登记`);
  }
  await assertDictValue(db, 'award_grade', r.award, 'award', '所获奖项');
  if (r.awardedOn < e.entered_on) {
    throw fieldError('awardedOn', `获奖日期：${r.awardedOn} 早于报名日期 ${e.entered_on}`);
  }
  const award = await gradeLabel(db, r.award);
  const stage = COMPETITION_STAGE_LABELS[e.stage as CompetitionStage];
  const name = competitionDisplayName({ name: e.competition_name, edition: e.edition, division: e.division });
  await db.transaction().execute(async (trx) => {
    await updateAwardRow(trx, actor, {
      table: 'award_entry',
      id,
      version: r.version,
      set: { award: r.award, awarded_on: r.awardedOn },
      what: '参赛记录',
      action: 'award.entry.award',
      details: { award: r.award, stage: e.stage },
      check: (before) => {
        assertCanUpdate(auth, before, '该参赛记录');
        if (before.award !== null) {
          throw new AppError('VERSION_CONFLICT', '参赛记录已被他人修改，请刷新后重试（您的修改未保存）');
        }
      },
      alongside: () => [
        historyInsert(trx, actor, {
          region_code: e.region_code,
          subject: 'entry',
          subject_id: id,
          from_state: e.stage,
          to_state: r.award,
          detail: `${stage}获得${award}`,
        }),
        ...awardTimelineEvent(trx, actor, e, {
          kind: 'competition-award',
          title: `${name}：${nomineeLabel(e)}获得${award}`,
          detail: `${stage}，获奖日期 ${r.awardedOn}`,
          ref: { type: 'award_entry', id },
        }),
      ],
    });
  });
  return (await findEntry(db, id))!;
}
