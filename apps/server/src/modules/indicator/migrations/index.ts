import type { Migration } from 'kysely';
import * as createIndicator from './20261208-0437-indicator';

/** The indicator module's migrations, by timestamped name (forward-only). */
export const INDICATOR_MIGRATIONS: Record<string, Migration> = {
  '20261208-0437-indicator': createIndicator,
};
