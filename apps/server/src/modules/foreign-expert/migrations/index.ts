import type { Migration } from 'kysely';
import * as createForeignExpert from './20261207-0449-foreign-expert';

/** The foreign-expert module's migrations, by timestamped name (forward-only). */
export const FOREIGN_EXPERT_MIGRATIONS: Record<string, Migration> = {
  '20261207-0449-foreign-expert': createForeignExpert,
};
