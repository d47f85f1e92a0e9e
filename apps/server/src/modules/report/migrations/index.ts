import type { Migration } from 'kysely';
import * as createReport from './20261208-0437-report';

/** The report module's migrations, by timestamped name (forward-only). */
export const REPORT_MIGRATIONS: Record<string, Migration> = {
  '20261208-0437-report': createReport,
};
