import {
  maskPhone,
  type CallState,
  type DemandState,
  type TTechDemand,
  type TTechDemandCall,
  type TTechDemandDetail,
} from '@kechuang/domain';
import type { RowScope } from '../../platform/auth/row-scope';
import { personalData } from '../../platform/crypto/personal-data';
import { seesContact } from './tech-demand.policy';
import type { CallRow } from './call.repository';
import type { DemandRow } from './tech-demand.repository';
import type { TechDemandHistoryTable } from './tech-demand.tables';
import type { Selectable } from 'kysely';

/**
 * Row → API shape (lists): the sealed phone opened only to be masked; an expert sees the demand without its contact
 * person (docs/rules.md §6.4).
 */
export function presentDemand(r: DemandRow, scope?: RowScope): TTechDemand {
  const contact = !scope || seesContact(scope);
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    callId: r.call_id,
    callTitle: r.call_title,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    title: r.title,
    field: r.field,
    hightechDomain: r.hightech_domain,
    problem: r.problem,
    indicators: r.indicators,
    expectedOutcome: r.expected_outcome,
    budget: r.budget,
    periodMonths: r.period_months,
    contactName: contact ? r.contact_name : '',
    contactPhone: contact ? (maskPhone(personalData().open(r.contact_phone)) ?? '') : '',
    state: r.state as DemandState,
    reviewScore: r.review_score,
    reviewRank: r.review_rank,
    submittedOn: r.submitted_on,
    publishedOn: r.published_on,
    bidDeadline: r.bid_deadline,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentDemandDetail(
  r: DemandRow,
  history: Selectable<TechDemandHistoryTable>[],
  scope: RowScope,
): TTechDemandDetail {
  const contact = seesContact(scope);
  return {
    ...presentDemand(r, scope),
    // The detail is where the bureau and the enterprise itself read (and edit) the whole phone.
    contactPhone: contact ? personalData().open(r.contact_phone) : '',
    history: history.map((h) => ({
      id: h.id,
      fromState: h.from_state,
      toState: h.to_state,
      actorName: h.actor_name,
      reason: h.reason,
      createdAt: h.created_at.toISOString(),
    })),
  };
}

export function presentCall(c: CallRow): TTechDemandCall {
  const w = c.review_weights as TTechDemandCall['reviewWeights'];
  return {
    id: c.id,
    regionCode: c.region_code,
    regionName: c.region_name,
    year: c.year,
    title: c.title,
    collectFrom: c.collect_from,
    collectTo: c.collect_to,
    bidDeadline: c.bid_deadline,
    minExperts: c.min_experts,
    reviewWeights: w,
    state: c.state as CallState,
    rankingConfirmed: c.ranking_confirmed_at !== null,
    demandCount: Number(c.demand_count),
    updatedAt: c.updated_at.toISOString(),
    version: c.version,
  };
}
