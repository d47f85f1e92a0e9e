import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readServiceEvent } from './read-service-event';
import { assertCanUpdate } from './service-event.policy';

/** Removes one attendee from an event (a mistaken pick), audited with the row as it was. */
export async function removeEventAttendee(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  eventId: number,
  attendeeId: number,
): Promise<void> {
  const event = await readServiceEvent(db, auth, eventId);
  assertCanUpdate(auth, event);
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .deleteFrom('service_event_attendee')
      .where('id', '=', attendeeId)
      .where('event_id', '=', eventId)
      .returningAll()
      .executeTakeFirst();
    if (!before) throw notFound('该参加企业或人员');
    await writeAudit(trx, actor, {
      action: 'service-event.attendee.remove',
      objectType: 'service_event_attendee',
      objectId: attendeeId,
      regionCode: event.region_code,
      before,
    });
  });
}
