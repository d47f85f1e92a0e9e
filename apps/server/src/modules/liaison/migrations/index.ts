import type { Migration } from 'kysely';
import * as createLiaison from './20261207-0818-liaison';

/** The liaison module's migrations, by timestamped name (forward-only). */
export const LIAISON_MIGRATIONS: Record<string, Migration> = {
  '20261207-0818-liaison': createLiaison,
};
