import type { Kysely } from 'kysely';
import type { TAwardProgrammeInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanUpdate } from './award.policy';
import { categoryLabel } from './create-nomination';
import { checkProgrammeInput, programmeColumns } from './programme-input';
import { findProgramme, type ProgrammeRow } from './programme.repository';
import { readProgramme } from './read-award-rows';
import { refusalFirst, updateAwardRow } from './update-award-row';

/**
 * Edits a programme under optimistic locking. A category still used by one of its nominations cannot be taken
 * off (409 naming it); a programme moved to another county takes its nominations along (they live in its county).
 */
export async function updateProgramme(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; patch: Partial<TAwardProgrammeInput> },
): Promise<ProgrammeRow> {
  const { id, version, patch } = change;
  await refusalFirst(
    () =>
      db.transaction().execute(async (trx) => {
        await checkProgrammeInput(trx, patch);
        await updateAwardRow(trx, actor, {
          table: 'award_programme',
          id,
          version,
          set: programmeColumns(patch),
          what: '奖励评选',
          action: 'award.programme.update',
          check: async (before) => {
            assertCanUpdate(auth, before, '该奖励评选', patch.regionCode);
            if (patch.categories) await assertCategoriesKept(trx, id, patch.categories);
          },
          alongside: (before, after) =>
            before.region_code === after.region_code
              ? []
              : [
                  trx
                    .updateTable('award_nomination')
                    .set({ region_code: after.region_code })
                    .where('programme_id', '=', id),
                ],
        });
      }),
    () => readProgramme(db, auth, id),
  );
  return (await findProgramme(db, id))!;
}

async function assertCategoriesKept(db: Kysely<DB>, programmeId: number, categories: string[]): Promise<void> {
  const used = await db
    .selectFrom('award_nomination')
    .select('category')
    .distinct()
    .where('programme_id', '=', programmeId)
    .execute();
  const dropped = used.map((u) => u.category).filter((c) => !categories.includes(c));
  if (dropped.length) {
    const labels = await Promise.all(dropped.map((c) => categoryLabel(db, c)));
    throw new AppError('CONFLICT', `奖项类别“${labels.join('、')}”已有推荐记录，不能从评选中移除`);
  }
}
