import { maskPhone, type ServiceEventState, type TAttendee, type TServiceEvent } from '@kechuang/domain';
import type { AttendeeRow } from './attendee.repository';
import type { ServiceEventRow } from './service-event.repository';

/** Row → API shape, with the counts: persons reached = enterprise representatives + commissioners + persons. */
export function presentServiceEvent(r: ServiceEventRow): TServiceEvent {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    title: r.title,
    kind: r.kind,
    kindLabel: r.kind_label ?? r.kind,
    organiser: r.organiser,
    coOrganisers: r.co_organisers,
    startOn: r.start_on,
    endOn: r.end_on,
    place: r.place,
    platformId: r.platform_id,
    platformName: r.platform_name,
    status: r.status as ServiceEventState,
    statusReason: r.status_reason,
    outcome: r.outcome,
    enterpriseCount: r.enterprise_count,
    commissionerCount: r.commissioner_count,
    personCount: r.person_count,
    personsReached: r.enterprise_count + r.commissioner_count + r.person_count,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** An attendee; a phone only ever leaves masked. */
export function presentAttendee(a: AttendeeRow): TAttendee {
  return {
    id: a.id,
    eventId: a.event_id,
    eventTitle: a.event_title,
    eventStartOn: a.event_start_on,
    kind: a.kind,
    enterpriseId: a.enterprise_id,
    commissionerId: a.commissioner_id,
    name: a.kind === 'commissioner' ? a.commissioner_name : a.person_name,
    unit: a.kind === 'enterprise' ? a.enterprise_name : a.unit_name,
    post: a.post,
    commissionerLevel: a.commissioner_level,
    commissionerBatch: a.commissioner_batch,
    phoneMasked: maskPhone(a.phone),
  };
}

/** A status move as the detail shows it. */
export function presentHistory(h: {
  from_state: string | null;
  to_state: string;
  reason: string | null;
  at: Date;
  actor_name: string | null;
}) {
  return {
    fromState: h.from_state,
    toState: h.to_state,
    reason: h.reason,
    at: h.at.toISOString(),
    actorName: h.actor_name,
  };
}
