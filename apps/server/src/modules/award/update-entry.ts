import type { Kysely } from 'kysely';
import type { TUpdateCompetitionEntryRequest } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanUpdate } from './award.policy';
import { findEntry, type EntryRow } from './entry.repository';
import { mergeNominee, resolveNominee } from './nominee-input';
import { readEntry } from './read-award-rows';
import { updateAwardRow } from './update-award-row';

/** Edits an entry's fields under optimistic locking (its stage and award move through their own use cases). */
export async function updateEntry(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  request: TUpdateCompetitionEntryRequest,
): Promise<EntryRow> {
  const { version, ...patch } = request;
  const was = await readEntry(db, auth, id);
  await db.transaction().execute(async (trx) => {
    const nominee = await resolveNominee(trx, auth, mergeNominee(was, patch));
    await updateAwardRow(trx, actor, {
      table: 'award_entry',
      id,
      version,
      set: { ...nominee, project_title: patch.projectTitle, entered_on: patch.enteredOn, remark: patch.remark },
      what: '参赛记录',
      action: 'award.entry.update',
      check: (before) => assertCanUpdate(auth, before, '该参赛记录'),
    });
  });
  return (await findEntry(db, id))!;
}
