import type { Generated } from 'kysely';
import type { Tracked } from '../../../platform/db/schema';

/** One day (or half day) of a commissioner's service (docs/rules.md §5.1.1). Numerics read as exact text. */
export interface CommissionerServiceLogTable extends Tracked {
  id: Generated<number>;
  commissioner_id: number;
  served_on: string;
  place: string;
  /** The served enterprise of the register, or null when the object is a named entity. */
  enterprise_id: number | null;
  /** The served party's name (the enterprise's name when one is chosen). */
  object_name: string;
  content: string;
  problems_solved: string | null;
  trained_count: number;
  /** '1.0' or '0.5' */
  days: string;
  latitude: string | null;
  longitude: string | null;
  /** pending / confirmed / returned (packages/domain service-log-transitions.ts) */
  status: Generated<string>;
  return_reason: string | null;
  reviewed_on: string | null;
  reviewed_by: number | null;
}

export interface CommissionerServiceLogHistoryTable {
  id: Generated<number>;
  log_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: Generated<Date>;
}

/** When a commissioner was last reminded of a lagging pace (at most once a week). */
export interface CommissionerPaceReminderTable {
  commissioner_id: number;
  region_code: string;
  last_sent_on: string;
}

export interface ServiceLogTables {
  commissioner_service_log: CommissionerServiceLogTable;
  commissioner_service_log_history: CommissionerServiceLogHistoryTable;
  commissioner_pace_reminder: CommissionerPaceReminderTable;
}

declare module '../../../platform/db/schema' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends ServiceLogTables {}
}
