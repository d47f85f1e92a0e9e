import type { Kysely } from 'kysely';
import type { TLiaisonRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './liaison-input';
import { assertCanWrite } from './liaison.policy';
import { findLiaisonRecord, type LiaisonRecordRow } from './liaison.repository';

/**
 * Adds a 干部包企业 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createLiaisonRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TLiaisonRecordInput,
): Promise<LiaisonRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('liaison_record')
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
      action: 'liaison.create',
      objectType: 'liaison_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findLiaisonRecord(db, id))!;
}
