import type { Migration } from 'kysely';
import * as createTechPlatforms from './20261207-0140-tech-platforms';
import * as platformEvaluation from './20261207-0300-platform-evaluation';
import * as platformFilesToAttachments from './20261207-0510-platform-files-to-attachments';

/** The tech-platform module's migrations, by timestamped name (forward-only). */
export const TECH_PLATFORM_MIGRATIONS: Record<string, Migration> = {
  '20261207-0140-tech-platforms': createTechPlatforms,
  '20261207-0300-platform-evaluation': platformEvaluation,
  '20261207-0510-platform-files-to-attachments': platformFilesToAttachments,
};
