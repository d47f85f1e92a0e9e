import type { Selectable } from 'kysely';
import { maskPhone, type TEnterprise, type TTimelineEvent } from '@kechuang/domain';
import { creditCodeWarning } from './credit-code.policy';
import type { EnterpriseRow } from './enterprise.repository';
import type { EnterpriseEventTable } from './enterprise.tables';

/** Row → API shape. The contact phone is masked; the full number has its own audited endpoint. */
export function presentEnterprise(e: EnterpriseRow): TEnterprise {
  return {
    id: e.id,
    name: e.name,
    unitKind: e.unit_kind,
    creditCode: e.credit_code,
    creditCodeWarning: creditCodeWarning(e.credit_code),
    creditCodeOverride: e.credit_code_override,
    regionCode: e.region_code,
    regionName: e.region_name,
    townshipCode: e.township_code,
    townshipName: e.township_name,
    industryCode: e.industry_code,
    industryName: e.industry_name,
    hightechDomain: e.hightech_domain,
    foundedOn: e.founded_on,
    address: e.address,
    legalRepresentative: e.legal_representative,
    contactName: e.contact_name,
    contactPhone: maskPhone(e.contact_phone),
    businessScope: e.business_scope,
    tags: e.tags ?? [],
    tiers: e.tiers ?? [],
    updatedAt: e.updated_at.toISOString(),
    version: e.version,
  };
}

/** A timeline row → API shape. */
export function presentTimelineEvent(r: Selectable<EnterpriseEventTable>): TTimelineEvent {
  return {
    id: r.id,
    at: r.at.toISOString(),
    module: r.module,
    kind: r.kind,
    title: r.title,
    detail: r.detail,
    actorName: r.actor_name,
  };
}
