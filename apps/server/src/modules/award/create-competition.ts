import type { Kysely } from 'kysely';
import type { TCompetitionInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './award-region';
import { assertCanWrite } from './award.policy';
import { findCompetition, type CompetitionRow } from './competition.repository';

/** Records a competition's edition and division in a county of the user's region; audited last. */
export async function createCompetition(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCompetitionInput,
): Promise<CompetitionRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('award_competition')
      .values({
        region_code: input.regionCode,
        name: input.name,
        edition: input.edition ?? null,
        division: input.division ?? null,
        organiser: input.organiser,
        level: input.level,
        year: input.year,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'award.competition.create',
      objectType: 'award_competition',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findCompetition(db, id))!;
}
