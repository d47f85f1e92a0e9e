import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { attendeesOfEvent } from './attendee.repository';
import { assertCanRead, serviceEventScope } from './service-event.policy';
import { findServiceEvent, historyOf, type ServiceEventRow } from './service-event.repository';

/** One event, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readServiceEvent(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ServiceEventRow> {
  const row = await findServiceEvent(db, id);
  if (!row) throw notFound('科技服务活动');
  assertCanRead(serviceEventScope(auth), row);
  return row;
}

/** One event with its attendees and status moves. */
export async function readServiceEventDetail(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row = await readServiceEvent(db, auth, id);
  return { row, attendees: await attendeesOfEvent(db, id), history: await historyOf(db, id) };
}
