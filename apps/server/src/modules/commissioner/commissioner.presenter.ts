import { maskIdNumber, maskPhone, type TCommissioner, type TCommissionerAgreement } from '@kechuang/domain';
import type { Selectable } from 'kysely';
import { personalData } from '../../platform/crypto/personal-data';
import type { CommissionerRow } from './commissioner.repository';
import type { CommissionerAgreementTable, CommissionerHistoryTable } from './commissioner.tables';

/**
 * Row → API shape; no row leaves unmapped. The ID number is opened only to mask it (its first 4 and last 4
 * characters; docs/rules.md §6.4), the phone masked; the full values only through the audited reveal.
 */
export function presentCommissioner(r: CommissionerRow): TCommissioner {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    userId: r.user_id,
    username: r.username,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date,
    idNumberMasked: maskIdNumber(personalData().open(r.id_number_sealed)) ?? '',
    phoneMasked: maskPhone(r.phone),
    education: r.education,
    title: r.title,
    titleLevel: r.title_level,
    speciality: r.speciality,
    field: r.field,
    unitName: r.unit_name,
    unitKind: r.unit_kind,
    unitEnterpriseId: r.unit_enterprise_id,
    level: r.level,
    batch: r.batch,
    termStart: r.term_start,
    termEnd: r.term_end,
    teamName: r.team_name,
    status: r.status,
    appointedOn: r.appointed_on,
    statusReason: r.status_reason,
    eligibilityOverride: r.eligibility_override,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export const presentHistory = (h: Selectable<CommissionerHistoryTable>) => ({
  fromState: h.from_state,
  toState: h.to_state,
  onDate: h.on_date,
  reason: h.reason,
  actorName: h.actor_name,
  at: h.at.toISOString(),
});

export const presentAgreement = (a: Selectable<CommissionerAgreementTable>): TCommissionerAgreement => ({
  id: a.id,
  commissionerId: a.commissioner_id,
  enterpriseId: a.enterprise_id,
  objectName: a.object_name,
  objectKind: a.object_kind,
  serviceDays: a.service_days,
  tasks: a.tasks,
  startOn: a.start_on,
  endOn: a.end_on,
  status: a.status,
  terminatedOn: a.terminated_on,
  terminateReason: a.terminate_reason,
  version: a.version,
});
