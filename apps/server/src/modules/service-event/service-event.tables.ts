import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** One 科技服务活动 (docs/rules.md §5.7): region, stamps and version from `Tracked`. */
export interface ServiceEventTable extends Tracked {
  id: Generated<number>;
  title: string;
  /** A value of the `service_event_kind` dictionary. */
  kind: string;
  organiser: string;
  co_organisers: string[];
  start_on: string;
  end_on: string;
  place: string | null;
  /** The 科普基地 (tech_platform of kind popsci_base) a 科普开放日 is held at. */
  platform_id: number | null;
  /** planned 计划 | held 已举办 | cancelled 取消. */
  status: string;
  status_reason: string | null;
  outcome: string | null;
}

/** One attendee: an enterprise (with its representative), a commissioner of the roster or a named person. */
export interface ServiceEventAttendeeTable {
  id: Generated<number>;
  event_id: number;
  region_code: string;
  kind: 'enterprise' | 'commissioner' | 'person';
  enterprise_id: number | null;
  commissioner_id: number | null;
  /** The representative, or the named person. */
  person_name: string | null;
  unit_name: string | null;
  post: string | null;
  phone: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** One status move (or the status an event was registered in, `from_state` null). */
export interface ServiceEventHistoryTable {
  id: Generated<number>;
  event_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
}

/** The service-event module's tables. */
export interface ServiceEventTables {
  service_event: ServiceEventTable;
  service_event_attendee: ServiceEventAttendeeTable;
  service_event_history: ServiceEventHistoryTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends ServiceEventTables {}
}
