import type { Kysely } from 'kysely';
import type { TCompetitionInput } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './award-region';
import { assertCanUpdate } from './award.policy';
import { competitionColumns } from './competition-input';
import { findCompetition, type CompetitionRow } from './competition.repository';
import { readCompetition } from './read-award-rows';
import { refusalFirst, updateAwardRow } from './update-award-row';

/** Edits a competition under optimistic locking; moved to another county, it takes its entries along. */
export async function updateCompetition(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: { id: number; version: number; patch: Partial<TCompetitionInput> },
): Promise<CompetitionRow> {
  const { id, version, patch } = change;
  await refusalFirst(
    () =>
      db.transaction().execute(async (trx) => {
        if (patch.regionCode) await assertCounty(trx, patch.regionCode);
        await updateAwardRow(trx, actor, {
          table: 'award_competition',
          id,
          version,
          set: competitionColumns(patch),
          what: '大赛',
          action: 'award.competition.update',
          check: (before) => assertCanUpdate(auth, before, '该大赛', patch.regionCode),
          alongside: (before, after) =>
            before.region_code === after.region_code
              ? []
              : [
                  trx
                    .updateTable('award_entry')
                    .set({ region_code: after.region_code })
                    .where('competition_id', '=', id),
                ],
        });
      }),
    () => readCompetition(db, auth, id),
  );
  return (await findCompetition(db, id))!;
}
