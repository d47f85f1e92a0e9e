import { sql, type Kysely, type Selectable } from 'kysely';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import type {
  TechDemandAcceptanceTable,
  TechDemandBidTable,
  TechDemandContractTable,
  TechDemandMilestoneReportTable,
  TechDemandMilestoneTable,
} from './bid.tables';

export type BidRow = Selectable<TechDemandBidTable> & { institution_name: string };
export type ContractRow = Selectable<TechDemandContractTable> & {
  institution_name: string;
  enterprise_name: string | null;
};
export type MilestoneRow = Selectable<TechDemandMilestoneTable>;
export type ReportRow = Selectable<TechDemandMilestoneReportTable>;
export type AcceptanceRow = Selectable<TechDemandAcceptanceTable>;

const partnerName = sql<string>`(select name from cooperation_partner where id = b.partner_id)`;

/** A demand's applications, oldest first, with their institutions' names. */
export async function bidsOf(db: Kysely<DB>, demandId: number): Promise<BidRow[]> {
  return db
    .selectFrom('tech_demand_bid as b')
    .selectAll('b')
    .select(partnerName.as('institution_name'))
    .where('b.demand_id', '=', demandId)
    .orderBy('b.id')
    .execute();
}

/** One application. */
export async function findBid(db: Kysely<DB>, id: number): Promise<BidRow | undefined> {
  return db
    .selectFrom('tech_demand_bid as b')
    .selectAll('b')
    .select(partnerName.as('institution_name'))
    .where('b.id', '=', id)
    .executeTakeFirst();
}

/** A demand's contract, with the parties' names. */
export async function contractOf(db: Kysely<DB>, demandId: number): Promise<ContractRow | undefined> {
  return db
    .selectFrom('tech_demand_contract as b')
    .selectAll('b')
    .select(partnerName.as('institution_name'))
    .select(sql<string | null>`(select name from enterprise where id = b.enterprise_id)`.as('enterprise_name'))
    .where('b.demand_id', '=', demandId)
    .executeTakeFirst();
}

/** A contract's milestones in order. */
export async function milestonesOf(db: Kysely<DB>, contractId: number): Promise<MilestoneRow[]> {
  return db
    .selectFrom('tech_demand_milestone')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('seq')
    .execute();
}

/** One milestone with its contract's demand. */
export async function findMilestone(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('tech_demand_milestone as m')
    .innerJoin('tech_demand_contract as c', 'c.id', 'm.contract_id')
    .selectAll('m')
    .select('c.demand_id')
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** The reports of some milestones, oldest first. */
export async function reportsOf(db: Kysely<DB>, milestoneIds: readonly number[]): Promise<ReportRow[]> {
  if (milestoneIds.length === 0) return [];
  return db
    .selectFrom('tech_demand_milestone_report')
    .selectAll()
    .where('milestone_id', 'in', milestoneIds)
    .orderBy('id')
    .execute();
}

/** A demand's acceptance. */
export async function acceptanceOf(db: Kysely<DB>, demandId: number): Promise<AcceptanceRow | undefined> {
  return db.selectFrom('tech_demand_acceptance').selectAll().where('demand_id', '=', demandId).executeTakeFirst();
}

/** A partner of the register by id, or by name in a region. */
export async function findPartner(db: Kysely<DB>, by: { id: number } | { regionCode: string; name: string }) {
  let q = db.selectFrom('cooperation_partner').select(['id', 'name', 'region_code']);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('region_code', '=', by.regionCode).where('name', '=', by.name);
  return q.executeTakeFirst();
}

/** Results under 公示 today (public page): chosen applications whose 公示 has not ended. */
export async function resultsInPublicity(db: Kysely<DB>, today: string) {
  return db
    .selectFrom('tech_demand_bid as b')
    .innerJoin('tech_demand as d', 'd.id', 'b.demand_id')
    .select(['b.id', 'd.title', 'b.chosen_on', 'b.publicity_from', 'b.publicity_to'])
    .select(partnerName.as('institution_name'))
    .select(sql<string | null>`(select name from enterprise where id = d.enterprise_id)`.as('enterprise_name'))
    .where('b.state', '=', 'chosen')
    .where('b.publicity_to', '>=', today)
    .orderBy('b.publicity_from', 'desc')
    .limit(100)
    .execute();
}

/** Contracts signed in a period in a region (prefix), for the facts. */
export async function contractsSignedIn(db: Kysely<DB>, prefix: string, from: string, to: string) {
  return db
    .selectFrom('tech_demand_contract as c')
    .innerJoin('tech_demand as d', 'd.id', 'c.demand_id')
    .select(['c.demand_id', 'c.amount', 'c.region_code', 'd.title'])
    .select(sql<string | null>`(select name from region where code = c.region_code)`.as('region_name'))
    .where(codeStartsWith('c.region_code', prefix))
    .where('c.signed_on', '>=', from)
    .where('c.signed_on', '<=', to)
    .orderBy('c.demand_id')
    .execute();
}

/** Payments reported in a period in a region (prefix), with their demands, for the facts. */
export async function paymentsIn(db: Kysely<DB>, prefix: string, from: string, to: string) {
  return db
    .selectFrom('tech_demand_milestone_report as r')
    .innerJoin('tech_demand_milestone as m', 'm.id', 'r.milestone_id')
    .innerJoin('tech_demand_contract as c', 'c.id', 'm.contract_id')
    .innerJoin('tech_demand as d', 'd.id', 'c.demand_id')
    .select(['r.pay_party', 'r.pay_amount', 'c.demand_id', 'd.title'])
    .where(codeStartsWith('r.region_code', prefix))
    .where('r.reported_on', '>=', from)
    .where('r.reported_on', '<=', to)
    .where('r.pay_amount', 'is not', null)
    .orderBy('r.id')
    .execute();
}

/** Milestones past due and not reached, in a region (prefix), with their demands: staff's to-dos. */
export async function overdueMilestones(db: Kysely<DB>, prefix: string, today: string) {
  return db
    .selectFrom('tech_demand_milestone as m')
    .innerJoin('tech_demand_contract as c', 'c.id', 'm.contract_id')
    .innerJoin('tech_demand as d', 'd.id', 'c.demand_id')
    .select(['m.id', 'm.title', 'm.due_on', 'c.demand_id', 'd.title as demand_title'])
    .where(codeStartsWith('m.region_code', prefix))
    .where('m.reached_on', 'is', null)
    .where('m.due_on', '<', today)
    .where('d.state', 'in', ['signed', 'implementing'])
    .orderBy('m.due_on')
    .limit(50)
    .execute();
}
