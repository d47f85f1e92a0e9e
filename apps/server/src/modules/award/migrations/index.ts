import type { Migration } from 'kysely';
import * as createAwards from './20261207-0135-awards';

/** The award module's migrations, by timestamped name (forward-only). */
export const AWARD_MIGRATIONS: Record<string, Migration> = {
  '20261207-0135-awards': createAwards,
};
