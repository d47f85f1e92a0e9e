import type { Migration } from 'kysely';
import * as platformCore from './20261125-0100-platform-core';
import * as baseData from './20261125-0110-base-data';
import * as enterprise from './20261125-0200-enterprise';
import * as importFiles from './20261125-0210-import-files';
import * as projects from './20261125-0300-projects';
import * as rd from './20261125-0400-rd';
import * as enterpriseListIndexes from './20261125-0500-enterprise-list-indexes';
import * as enterpriseQualificationTiers from './20261125-0510-enterprise-qualification-tiers';
import * as projectOverride from './20261125-0600-project-override';
import * as projectImport from './20261125-0910-project-import';
import * as auditChainPerRegion from './20261125-0920-audit-chain-per-region';
import * as enterpriseListCoveringIndexes from './20261204-0500-enterprise-list-covering-indexes';
import * as enterpriseTierListIndexes from './20261204-2100-enterprise-tier-list-indexes';
import * as jobRecovery from './20261206-1400-job-recovery';
import * as holidayArrangements from './20261206-1430-holiday-arrangements';

/** Every migration, by timestamped name; forward-only (no `down`). Append new ones at the end. */
export const MIGRATIONS: Record<string, Migration> = {
  '20261125-0100-platform-core': platformCore,
  '20261125-0110-base-data': baseData,
  '20261125-0200-enterprise': enterprise,
  '20261125-0210-import-files': importFiles,
  '20261125-0300-projects': projects,
  '20261125-0400-rd': rd,
  '20261125-0500-enterprise-list-indexes': enterpriseListIndexes,
  '20261125-0510-enterprise-qualification-tiers': enterpriseQualificationTiers,
  '20261125-0600-project-override': projectOverride,
  '20261125-0910-project-import': projectImport,
  '20261125-0920-audit-chain-per-region': auditChainPerRegion,
  '20261204-0500-enterprise-list-covering-indexes': enterpriseListCoveringIndexes,
  '20261204-2100-enterprise-tier-list-indexes': enterpriseTierListIndexes,
  '20261206-1400-job-recovery': jobRecovery,
  '20261206-1430-holiday-arrangements': holidayArrangements,
};
