import type { Kysely } from 'kysely';
import type { TAwardProgrammeInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanWrite } from './award.policy';
import { checkProgrammeInput } from './programme-input';
import { findProgramme, type ProgrammeRow } from './programme.repository';

/** Records an award programme in a county of the user's region; audited last in the transaction. */
export async function createProgramme(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TAwardProgrammeInput,
): Promise<ProgrammeRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await checkProgrammeInput(trx, input);
    const row = await trx
      .insertInto('award_programme')
      .values({
        region_code: input.regionCode,
        name: input.name,
        organiser: input.organiser,
        level: input.level,
        year: input.year,
        categories: input.categories,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'award.programme.create',
      objectType: 'award_programme',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findProgramme(db, id))!;
}
