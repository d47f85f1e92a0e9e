import type { Migration } from 'kysely';
import * as createCommissioner from './20261207-0449-commissioner';
import * as commissionerMatching from './20261207-0700-commissioner-matching';
import * as commissionerLogs from './20261207-0600-commissioner-logs';

/** The commissioner module's migrations, by timestamped name (forward-only). */
export const COMMISSIONER_MIGRATIONS: Record<string, Migration> = {
  '20261207-0449-commissioner': createCommissioner,
  '20261207-0700-commissioner-matching': commissionerMatching,
  '20261207-0600-commissioner-logs': commissionerLogs,
};
