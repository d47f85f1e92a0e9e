import type { Migration } from 'kysely';
import * as rd from './20261125-0400-rd';

/** The rd module's migrations, by timestamped name (forward-only). */
export const RD_MIGRATIONS: Record<string, Migration> = {
  '20261125-0400-rd': rd,
};
