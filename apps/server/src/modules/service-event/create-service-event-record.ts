import type { Kysely } from 'kysely';
import type { TServiceEventRecordInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCounty } from './service-event-input';
import { assertCanWrite } from './service-event.policy';
import { findServiceEventRecord, type ServiceEventRecordRow } from './service-event.repository';

/**
 * Adds a 科技服务活动 record in a county of the user's region: in one transaction the county is checked, the row
 * written and its audit row appended last (docs/architecture.md §4). Answers the stored record.
 */
export async function createServiceEventRecord(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TServiceEventRecordInput,
): Promise<ServiceEventRecordRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertCounty(trx, input.regionCode);
    const row = await trx
      .insertInto('service_event_record')
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
      action: 'service-event.create',
      objectType: 'service_event_record',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findServiceEventRecord(db, id))!;
}
