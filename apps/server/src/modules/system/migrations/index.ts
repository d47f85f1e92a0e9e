import type { Migration } from 'kysely';
import * as adminResetRequest from './20261208-0600-admin-reset-request';

/** The system module's migrations, by timestamped name (forward-only). */
export const SYSTEM_MIGRATIONS: Record<string, Migration> = {
  '20261208-0600-admin-reset-request': adminResetRequest,
};
