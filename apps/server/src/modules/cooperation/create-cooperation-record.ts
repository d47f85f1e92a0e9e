import type { Kysely } from 'kysely';
import type { TCooperationRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './cooperation-input';
import { assertCanWrite } from './cooperation.policy';
import { findCooperationRecord, type CooperationRecordRow } from './cooperation.repository';

/**
 * Adds a 院地院企合作 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createCooperationRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCooperationRecordInput,
): Promise<CooperationRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('cooperation_record')
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
      action: 'cooperation.create',
      objectType: 'cooperation_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findCooperationRecord(db, id))!;
}
