import type { Kysely, Selectable } from 'kysely';
import type { TServiceEventInput } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readServiceEvent } from './read-service-event';
import { assertEventShape, serviceEventColumns } from './service-event-input';
import { assertCanUpdate } from './service-event.policy';
import { EVENT_EXTRAS, type ServiceEventRow } from './service-event.repository';
import type { ServiceEventTable } from './service-event.tables';

export interface ServiceEventChange {
  id: number;
  /** The version the user read (optimistic locking). */
  version: number;
  /** The fields to change; a field not given is left as it is. */
  patch: Partial<TServiceEventInput>;
}

/**
 * Changes an event's fields under optimistic locking (a stale version is 409 and writes nothing). Access is decided
 * on the row as it was, the fields as they will be stored are checked together (dates, kind, 科普基地), and the
 * audit row with before and after is the transaction's last write.
 */
export async function updateServiceEvent(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  change: ServiceEventChange,
): Promise<ServiceEventRow> {
  const { id, version, patch } = change;
  // The fields as they will be stored are checked first (the table's own date check would answer a 500).
  const current = await readServiceEvent(db, auth, id);
  await assertEventShape(db, {
    kind: patch.kind ?? current.kind,
    regionCode: patch.regionCode ?? current.region_code,
    startOn: patch.startOn ?? current.start_on,
    endOn: patch.endOn ?? current.end_on,
    platformId: patch.platformId === undefined ? current.platform_id : patch.platformId,
  });
  try {
    return await db.transaction().execute(async (trx) => {
      const { before, after, extra, auditHead } = await updateVersioned<Selectable<ServiceEventTable>>(trx, {
        table: 'service_event',
        key: 'id',
        id,
        version,
        set: serviceEventColumns(patch),
        what: '科技服务活动',
        userId: actor.id,
        auditChain: 'region_code',
        select: { as: 'e', columns: EVENT_EXTRAS },
      });
      assertCanUpdate(auth, before, patch.regionCode);
      // Last: the region's audit chain stays locked from the update to COMMIT.
      await writeAudit(
        trx,
        actor,
        {
          action: 'service-event.update',
          objectType: 'service_event',
          objectId: id,
          regionCode: after.region_code,
          before,
          after,
        },
        { head: auditHead! },
      );
      return { ...after, ...extra } as ServiceEventRow;
    });
  } catch (e) {
    // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
    if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readServiceEvent(db, auth, id);
    throw e;
  }
}
