import type { Migration } from 'kysely';
import * as createTechPlatform from './20261207-0135-tech-platform';

/** The tech-platform module's migrations, by timestamped name (forward-only). */
export const TECH_PLATFORM_MIGRATIONS: Record<string, Migration> = {
  '20261207-0135-tech-platform': createTechPlatform,
};
