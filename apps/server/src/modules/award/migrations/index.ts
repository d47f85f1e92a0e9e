import type { Migration } from 'kysely';
import * as createAward from './20261207-0135-award';

/** The award module's migrations, by timestamped name (forward-only). */
export const AWARD_MIGRATIONS: Record<string, Migration> = {
  '20261207-0135-award': createAward,
};
