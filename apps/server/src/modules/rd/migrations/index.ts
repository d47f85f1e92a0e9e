import type { Migration } from 'kysely';
import * as rd from './20261125-0400-rd';
import * as checkRulesPerRegion from './20261207-1000-rd-check-rules-per-region';

/** The rd module's migrations, by timestamped name (forward-only). */
export const RD_MIGRATIONS: Record<string, Migration> = {
  '20261125-0400-rd': rd,
  '20261207-1000-rd-check-rules-per-region': checkRulesPerRegion,
};
