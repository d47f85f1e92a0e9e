import type { Migration } from 'kysely';
import * as createServiceEvent from './20261207-0449-service-event';

/** The service-event module's migrations, by timestamped name (forward-only). */
export const SERVICE_EVENT_MIGRATIONS: Record<string, Migration> = {
  '20261207-0449-service-event': createServiceEvent,
};
