import type { Migration } from 'kysely';
import * as createAchievement from './20261207-0135-achievement';
import * as achievementFilesToAttachments from './20261207-0520-achievement-files-to-attachments';

/** The achievement module's migrations, by timestamped name (forward-only). */
export const ACHIEVEMENT_MIGRATIONS: Record<string, Migration> = {
  '20261207-0135-achievement': createAchievement,
  '20261207-0520-achievement-files-to-attachments': achievementFilesToAttachments,
};
