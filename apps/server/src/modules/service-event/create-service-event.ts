import type { Kysely } from 'kysely';
import type { TServiceEventInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertEventShape } from './service-event-input';
import { assertCanWrite } from './service-event.policy';
import { findServiceEvent, type ServiceEventRow } from './service-event.repository';

/**
 * Registers a 科技服务活动 in a county of the user's region, in status 计划: in one transaction the fields are
 * checked (county, kind, dates, 科普基地), the row and its first history row written and the audit row appended last.
 */
export async function createServiceEvent(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: TServiceEventInput,
): Promise<ServiceEventRow> {
  assertCanWrite(auth, input.regionCode);
  const id = await db.transaction().execute(async (trx) => {
    await assertEventShape(trx, { ...input, platformId: input.platformId ?? null });
    const row = await trx
      .insertInto('service_event')
      .values({
        title: input.title,
        kind: input.kind,
        organiser: input.organiser,
        co_organisers: input.coOrganisers,
        start_on: input.startOn,
        end_on: input.endOn,
        place: input.place ?? null,
        region_code: input.regionCode,
        platform_id: input.platformId ?? null,
        outcome: input.outcome ?? null,
        status: 'planned',
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('service_event_history')
      .values({
        event_id: row.id,
        region_code: row.region_code,
        from_state: null,
        to_state: 'planned',
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(trx, actor, {
      action: 'service-event.create',
      objectType: 'service_event',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findServiceEvent(db, id))!;
}
