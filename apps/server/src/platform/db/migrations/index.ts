import type { Migration } from 'kysely';
import * as platformCore from './20261125-0100-platform-core';
import * as baseData from './20261125-0110-base-data';
import * as importFiles from './20261125-0210-import-files';
import * as auditChainPerRegion from './20261125-0920-audit-chain-per-region';
import * as jobRecovery from './20261206-1400-job-recovery';
import * as holidayArrangements from './20261206-1430-holiday-arrangements';
import * as attachments from './20261207-0500-attachments';
import * as rateLimit from './20261207-0900-rate-limit';
import * as recordSet from './20261209-0100-record-set';
import * as totp from './20261210-0100-totp';
import * as fileBlob from './20261210-0201-file-blob';
import * as jobScheduleRun from './20261210-0202-job-schedule-run';
import * as auditRequestId from './20261210-0300-audit-request-id';

/**
 * The platform's own migrations, by timestamped name; forward-only (no `down`). Each module declares its own in
 * its manifest; all run together in name order (allMigrations in the module kit).
 */
export const PLATFORM_MIGRATIONS: Record<string, Migration> = {
  '20261125-0100-platform-core': platformCore,
  '20261125-0110-base-data': baseData,
  '20261125-0210-import-files': importFiles,
  '20261125-0920-audit-chain-per-region': auditChainPerRegion,
  '20261206-1400-job-recovery': jobRecovery,
  '20261206-1430-holiday-arrangements': holidayArrangements,
  '20261207-0500-attachments': attachments,
  '20261207-0900-rate-limit': rateLimit,
  '20261209-0100-record-set': recordSet,
  '20261210-0100-totp': totp,
  '20261210-0201-file-blob': fileBlob,
  '20261210-0202-job-schedule-run': jobScheduleRun,
  '20261210-0300-audit-request-id': auditRequestId,
};
