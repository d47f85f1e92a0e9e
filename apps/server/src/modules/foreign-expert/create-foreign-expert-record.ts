import type { Kysely } from 'kysely';
import type { TForeignExpertRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './foreign-expert-input';
import { assertCanWrite } from './foreign-expert.policy';
import { findForeignExpertRecord, type ForeignExpertRecordRow } from './foreign-expert.repository';

/**
 * Adds a 外国专家 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createForeignExpertRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TForeignExpertRecordInput,
): Promise<ForeignExpertRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('foreign_expert_record')
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
      action: 'foreign-expert.create',
      objectType: 'foreign_expert_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findForeignExpertRecord(db, id))!;
}
