import {
  chinaToday,
  exact,
  maskPhone,
  plannedOf,
  type TBid,
  type TBidOverview,
  type TMilestone,
} from '@kechuang/domain';
import { personalData } from '../../../platform/crypto/personal-data';
import type { AcceptanceRow, BidRow, ContractRow, MilestoneRow, ReportRow } from './bid.repository';

interface StoredMember {
  name: string;
  title: string | null;
  unit: string | null;
  role: string;
  phone: string | null;
}

/** A member as answered: the sealed phone opened only to be masked (docs/rules.md §6.4). */
function presentMember(m: StoredMember) {
  return { ...m, phone: m.phone ? maskPhone(personalData().open(m.phone)) : null };
}

const yuan = (r: exact.Ratio) => exact.formatFixed(r, 2, 'half-up');

export function presentBid(b: BidRow): TBid {
  return {
    id: b.id,
    demandId: b.demand_id,
    partnerId: b.partner_id,
    institutionName: b.institution_name,
    creditCode: b.credit_code,
    leader: presentMember(b.leader as StoredMember),
    members: (b.members as StoredMember[]).map(presentMember),
    solution: b.solution,
    budget: b.budget,
    periodMonths: b.period_months,
    appliedOn: b.applied_on,
    state: b.state as TBid['state'],
    chosenOn: b.chosen_on,
    publicityFrom: b.publicity_from,
    publicityTo: b.publicity_to,
    objection: b.objection,
    objectionOpen: b.objection !== null,
    version: b.version,
  };
}

function presentMilestone(m: MilestoneRow, reports: ReportRow[], today: string): TMilestone {
  const planned = plannedOf({
    title: m.title,
    payEnterprise: m.pay_enterprise,
    payCounty: m.pay_county,
    payOther: m.pay_other,
  });
  return {
    id: m.id,
    seq: m.seq,
    title: m.title,
    dueOn: m.due_on,
    payEnterprise: m.pay_enterprise,
    payCounty: m.pay_county,
    payOther: m.pay_other,
    planned: yuan(planned),
    paid: m.paid,
    reachedOn: m.reached_on,
    overdue: m.reached_on === null && m.due_on < today,
    reports: reports
      .filter((r) => r.milestone_id === m.id)
      .map((r) => ({
        id: r.id,
        reportedOn: r.reported_on,
        content: r.content,
        payParty: r.pay_party as TMilestone['reports'][number]['payParty'],
        payAmount: r.pay_amount,
      })),
  };
}

/** A demand's 揭榜 in one answer. */
export function presentOverview(o: {
  demandId: number;
  bids: BidRow[];
  contract: ContractRow | undefined;
  milestones: MilestoneRow[];
  reports: ReportRow[];
  acceptance: AcceptanceRow | undefined;
}): TBidOverview {
  const today = chinaToday();
  return {
    demandId: o.demandId,
    bids: o.bids.map(presentBid),
    contract: o.contract
      ? {
          id: o.contract.id,
          amount: o.contract.amount,
          signedOn: o.contract.signed_on,
          enterpriseName: o.contract.enterprise_name,
          institutionName: o.contract.institution_name,
          milestones: o.milestones.map((m) => presentMilestone(m, o.reports, today)),
        }
      : null,
    acceptance: o.acceptance
      ? { acceptedOn: o.acceptance.accepted_on, conclusion: o.acceptance.conclusion, passed: o.acceptance.passed }
      : null,
  };
}
