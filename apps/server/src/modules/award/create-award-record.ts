import type { Kysely } from 'kysely';
import type { TAwardRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './award-input';
import { assertCanWrite } from './award.policy';
import { findAwardRecord, type AwardRecordRow } from './award.repository';

/**
 * Adds a 奖励与赛事 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createAwardRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TAwardRecordInput,
): Promise<AwardRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('award_record')
      .values({
        name: input.name,
        region_code: input.regionCode,
        recorded_on: input.recordedOn,
        amount: input.amount ?? null,
        remark: input.remark ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'award.create',
      objectType: 'award_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findAwardRecord(db, id))!;
}
