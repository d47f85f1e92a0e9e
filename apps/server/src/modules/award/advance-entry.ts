import type { Kysely } from 'kysely';
import {
  canAdvance,
  COMPETITION_STAGE_LABELS,
  competitionDisplayName,
  illegalStageMessage,
  type CompetitionStage,
  type TAdvanceEntryRequest,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { fieldError } from './award-region';
import { awardTimelineEvent, historyInsert, nomineeLabel } from './award-events';
import { assertCanUpdate } from './award.policy';
import { findEntry, type EntryRow } from './entry.repository';
import { readEntry } from './read-award-rows';
import { updateAwardRow } from './update-award-row';

/**
 * Moves an entry to the next stage the organiser announced (报名 → 初赛 → 复赛 → 决赛, domain
 * `COMPETITION_STAGES`): one stage forward at a time, never back (409 naming both stages).
 */
export async function advanceEntry(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  r: TAdvanceEntryRequest,
): Promise<EntryRow> {
  const e = await readEntry(db, auth, id);
  const from = e.stage as CompetitionStage;
  if (!canAdvance(from, r.to)) throw new AppError('CONFLICT', illegalStageMessage(from, r.to), { from, to: r.to });
  if (r.on < e.entered_on) throw fieldError('on', `晋级日期：${r.on} 早于报名日期 ${e.entered_on}`);
  const stage = COMPETITION_STAGE_LABELS[r.to];
  await db.transaction().execute(async (trx) => {
    await updateAwardRow(trx, actor, {
      table: 'award_entry',
      id,
      version: r.version,
      set: { stage: r.to },
      what: '参赛记录',
      action: 'award.entry.advance',
      details: { from, to: r.to, on: r.on },
      check: (before) => {
        assertCanUpdate(auth, before, '该参赛记录');
        if (before.stage !== from) {
          throw new AppError('VERSION_CONFLICT', '参赛记录已被他人修改，请刷新后重试（您的修改未保存）');
        }
      },
      alongside: () => [
        historyInsert(trx, actor, {
          region_code: e.region_code,
          subject: 'entry',
          subject_id: id,
          from_state: from,
          to_state: r.to,
          detail: `${r.on} 进入${stage}`,
        }),
        ...awardTimelineEvent(trx, actor, e, {
          kind: 'competition-advanced',
          title: `${competitionDisplayName({ name: e.competition_name, edition: e.edition, division: e.division })}：${nomineeLabel(e)}进入${stage}`,
          detail: `晋级日期 ${r.on}`,
          ref: { type: 'award_entry', id },
        }),
      ],
    });
  });
  return (await findEntry(db, id))!;
}
