import type { Migration } from 'kysely';
import * as createCooperation from './20261207-0135-cooperation';
import * as agreementFilesToAttachments from './20261207-0515-agreement-files-to-attachments';

/** The cooperation module's migrations, by timestamped name (forward-only). */
export const COOPERATION_MIGRATIONS: Record<string, Migration> = {
  '20261207-0135-cooperation': createCooperation,
  '20261207-0515-agreement-files-to-attachments': agreementFilesToAttachments,
};
