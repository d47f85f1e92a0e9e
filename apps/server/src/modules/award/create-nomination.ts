import type { Kysely } from 'kysely';
import { AWARD_CATEGORY_LABELS, type TAwardNominationInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { dictLabels, fieldError } from './award-region';
import { awardTimelineEvent, historyInsert, nomineeLabel } from './award-events';
import { assertCanWrite } from './award.policy';
import { findNomination, type NominationRow } from './nomination.repository';
import { mergeNominee, resolveNominee } from './nominee-input';
import { readProgramme } from './read-award-rows';

/** Refuses a category the programme does not award (400 naming 奖项类别). */
export function assertProgrammeCategory(programme: { name: string; categories: string[] }, category: string): void {
  if (programme.categories.includes(category)) return;
  throw fieldError('category', `奖项类别：“${category}”不是“${programme.name}”评选的奖项类别`);
}

/** The label of a category (the dictionary's, or the built-in one). */
export async function categoryLabel(db: Kysely<DB>, code: string): Promise<string> {
  return (await dictLabels(db, 'award_category')).get(code) ?? AWARD_CATEGORY_LABELS[code] ?? code;
}

/**
 * Nominates a unit or a person to a programme (state 推荐), in the programme's county: the category must be one
 * the programme awards and the nominee complete; the history row and the enterprise's timeline event go with the
 * audit append, last in the transaction.
 */
export async function createNomination(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TAwardNominationInput,
): Promise<NominationRow> {
  const programme = await readProgramme(db, auth, input.programmeId).catch((e) => {
    throw e.code === 'NOT_FOUND' ? fieldError('programmeId', `评选：编号 ${input.programmeId} 的评选不存在`) : e;
  });
  assertCanWrite(auth, programme.region_code);
  assertProgrammeCategory(programme, input.category);
  const id = await db.transaction().execute(async (trx) => {
    const nominee = await resolveNominee(trx, auth, mergeNominee(null, input));
    const row = await trx
      .insertInto('award_nomination')
      .values({
        region_code: programme.region_code,
        programme_id: programme.id,
        category: input.category,
        ...nominee,
        title: input.title ?? null,
        nominated_on: input.nominatedOn,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const category = await categoryLabel(trx, row.category);
    await writeAudit(
      trx,
      actor,
      {
        action: 'award.nomination.create',
        objectType: 'award_nomination',
        objectId: row.id,
        regionCode: row.region_code,
        after: row,
      },
      {
        alongside: [
          historyInsert(trx, actor, {
            region_code: row.region_code,
            subject: 'nomination',
            subject_id: row.id,
            from_state: null,
            to_state: 'nominated',
            detail: `推荐参加${programme.name}（${category}）`,
          }),
          ...awardTimelineEvent(trx, actor, row, {
            kind: 'award-nominated',
            title: `推荐参加${programme.name}（${category}）：${nomineeLabel(row)}`,
            detail: row.title,
            ref: { type: 'award_nomination', id: row.id },
          }),
        ],
      },
    );
    return row.id;
  });
  return (await findNomination(db, id))!;
}
