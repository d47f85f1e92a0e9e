import type { Migration } from 'kysely';
import * as enterprise from './20261125-0200-enterprise';
import * as enterpriseListIndexes from './20261125-0500-enterprise-list-indexes';
import * as enterpriseQualificationTiers from './20261125-0510-enterprise-qualification-tiers';
import * as enterpriseListCoveringIndexes from './20261204-0500-enterprise-list-covering-indexes';
import * as enterpriseTierListIndexes from './20261204-2100-enterprise-tier-list-indexes';
import * as qualificationNotice from './20261207-0530-qualification-notice';
import * as businessScope from './20261207-1000-enterprise-business-scope';

/** The enterprise module's migrations, by timestamped name (forward-only). */
export const ENTERPRISE_MIGRATIONS: Record<string, Migration> = {
  '20261125-0200-enterprise': enterprise,
  '20261125-0500-enterprise-list-indexes': enterpriseListIndexes,
  '20261125-0510-enterprise-qualification-tiers': enterpriseQualificationTiers,
  '20261204-0500-enterprise-list-covering-indexes': enterpriseListCoveringIndexes,
  '20261204-2100-enterprise-tier-list-indexes': enterpriseTierListIndexes,
  '20261207-0530-qualification-notice': qualificationNotice,
  '20261207-1000-enterprise-business-scope': businessScope,
};
