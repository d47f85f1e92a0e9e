import type { Migration } from 'kysely';
import * as createTechDemand from './20261207-0818-tech-demand';
import * as createTechDemandBids from './20261207-0930-tech-demand-bids';
import * as sealDemandContact from './20261208-0417-tech-demand-contact-sealed';

/** The tech-demand module's migrations, by timestamped name (forward-only). */
export const TECH_DEMAND_MIGRATIONS: Record<string, Migration> = {
  '20261207-0818-tech-demand': createTechDemand,
  '20261207-0930-tech-demand-bids': createTechDemandBids,
  '20261208-0417-tech-demand-contact-sealed': sealDemandContact,
};
