import type { Generated } from 'kysely';
import type { Tracked } from '../../../platform/db/schema';

/** A team's 揭榜 application on a published demand (docs/rules.md §5.2); members' phones sealed at rest. */
export interface TechDemandBidTable extends Tracked {
  id: Generated<number>;
  demand_id: number;
  /** The institution, from the cooperation partners register. */
  partner_id: number;
  credit_code: string | null;
  /** { name, title, unit, role, phone (sealed) }. */
  leader: unknown;
  members: unknown;
  solution: string;
  budget: string;
  period_months: number;
  applied_on: string;
  /** submitted | chosen | not_chosen. */
  state: Generated<string>;
  chosen_on: string | null;
  publicity_from: string | null;
  publicity_to: string | null;
  /** An objection raised during the 公示 and not yet resolved: it stops the signing. */
  objection: string | null;
}

/** The 揭榜 contract between the demand's enterprise and the chosen institution. */
export interface TechDemandContractTable extends Tracked {
  id: Generated<number>;
  demand_id: number;
  bid_id: number;
  enterprise_id: number;
  partner_id: number;
  amount: string;
  signed_on: string;
}

/** A milestone of the contract: due date, planned payment by party, what has been paid. */
export interface TechDemandMilestoneTable extends Tracked {
  id: Generated<number>;
  contract_id: number;
  seq: number;
  title: string;
  due_on: string;
  pay_enterprise: string;
  pay_county: string;
  pay_other: string;
  paid: Generated<string>;
  reached_on: string | null;
}

/** A report on a milestone, with the payment made against it. */
export interface TechDemandMilestoneReportTable {
  id: Generated<number>;
  region_code: string;
  milestone_id: number;
  reported_on: string;
  content: string;
  pay_party: string | null;
  pay_amount: string | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** The acceptance of a 揭榜 project. */
export interface TechDemandAcceptanceTable {
  id: Generated<number>;
  region_code: string;
  demand_id: number;
  accepted_on: string;
  conclusion: string;
  passed: boolean;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface TechDemandBidTables {
  tech_demand_bid: TechDemandBidTable;
  tech_demand_contract: TechDemandContractTable;
  tech_demand_milestone: TechDemandMilestoneTable;
  tech_demand_milestone_report: TechDemandMilestoneReportTable;
  tech_demand_acceptance: TechDemandAcceptanceTable;
}

declare module '../../../platform/db/schema' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends TechDemandBidTables {}
}
