import type { Kysely } from 'kysely';
import { competitionDisplayName, type TCompetitionEntryInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { fieldError } from './award-region';
import { awardTimelineEvent, historyInsert, nomineeLabel } from './award-events';
import { assertCanWrite } from './award.policy';
import { findEntry, type EntryRow } from './entry.repository';
import { mergeNominee, resolveNominee } from './nominee-input';
import { readCompetition } from './read-award-rows';

/**
 * Enters a unit or a person in a competition (stage 报名), in the competition's county; the history row and the
 * enterprise's timeline event go with the audit append, last in the transaction.
 */
export async function createEntry(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCompetitionEntryInput,
): Promise<EntryRow> {
  const competition = await readCompetition(db, auth, input.competitionId).catch((e) => {
    throw e.code === 'NOT_FOUND' ? fieldError('competitionId', `大赛：编号 ${input.competitionId} 的大赛不存在`) : e;
  });
  assertCanWrite(auth, competition.region_code);
  const name = competitionDisplayName(competition);
  const id = await db.transaction().execute(async (trx) => {
    const nominee = await resolveNominee(trx, auth, mergeNominee(null, input));
    const row = await trx
      .insertInto('award_entry')
      .values({
        region_code: competition.region_code,
        competition_id: competition.id,
        ...nominee,
        project_title: input.projectTitle ?? null,
        entered_on: input.enteredOn,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      actor,
      {
        action: 'award.entry.create',
        objectType: 'award_entry',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      {
        alongside: [
          historyInsert(trx, actor, {
            region_code: row.region_code,
            subject: 'entry',
            subject_id: row.id,
            from_state: null,
            to_state: 'registered',
            detail: `报名参加${name}`,
          }),
          ...awardTimelineEvent(trx, actor, row, {
            kind: 'competition-entered',
            title: `报名参加${name}：${nomineeLabel(row)}`,
            detail: row.project_title,
            ref: { type: 'award_entry', id: row.id },
          }),
        ],
      },
    );
    return row.id;
  });
  return (await findEntry(db, id))!;
}
