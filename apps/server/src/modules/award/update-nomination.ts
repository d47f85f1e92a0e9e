import type { Kysely } from 'kysely';
import type { TUpdateAwardNominationRequest } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanUpdate } from './award.policy';
import { assertProgrammeCategory } from './create-nomination';
import { findNomination, type NominationRow } from './nomination.repository';
import { mergeNominee, resolveNominee } from './nominee-input';
import { readNomination, readProgramme } from './read-award-rows';
import { updateAwardRow } from './update-award-row';

/**
 * Edits a nomination's fields under optimistic locking (its state moves only through a result): the category
 * stays one its programme awards, the nominee stays complete.
 */
export async function updateNomination(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  request: TUpdateAwardNominationRequest,
): Promise<NominationRow> {
  const { version, ...patch } = request;
  const was = await readNomination(db, auth, id);
  if (patch.category) assertProgrammeCategory(await readProgramme(db, auth, was.programme_id), patch.category);
  await db.transaction().execute(async (trx) => {
    const nominee = await resolveNominee(trx, auth, mergeNominee(was, patch));
    await updateAwardRow(trx, actor, {
      table: 'award_nomination',
      id,
      version,
      set: {
        ...nominee,
        category: patch.category,
        title: patch.title,
        nominated_on: patch.nominatedOn,
        remark: patch.remark,
      },
      what: '获奖推荐记录',
      action: 'award.nomination.update',
      check: (before) => assertCanUpdate(auth, before, '该获奖推荐记录'),
    });
  });
  return (await findNomination(db, id))!;
}
