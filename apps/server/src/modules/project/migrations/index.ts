import type { Migration } from 'kysely';
import * as projects from './20261125-0300-projects';
import * as projectOverride from './20261125-0600-project-override';
import * as projectImport from './20261125-0910-project-import';

/** The project module's migrations, by timestamped name (forward-only). */
export const PROJECT_MIGRATIONS: Record<string, Migration> = {
  '20261125-0300-projects': projects,
  '20261125-0600-project-override': projectOverride,
  '20261125-0910-project-import': projectImport,
};
