import type { Kysely } from 'kysely';
import type { TCommissionerRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './commissioner-input';
import { assertCanWrite } from './commissioner.policy';
import { findCommissionerRecord, type CommissionerRecordRow } from './commissioner.repository';

/**
 * Adds a 科技特派员 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createCommissionerRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TCommissionerRecordInput,
): Promise<CommissionerRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('commissioner_record')
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
      action: 'commissioner.create',
      objectType: 'commissioner_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findCommissionerRecord(db, id))!;
}
