import type { AttachmentRow } from '../../platform/attachments/attachments.repository';
import type { Selectable } from 'kysely';
import {
  maskPhone,
  type AgreementState,
  type CoopProjectState,
  type TCoopAgreement,
  type TCoopFile,
  type TCoopHistory,
  type TCoopMilestone,
  type TCoopOutput,
  type TCoopOutputRow,
  type TCoopPartner,
  type TCoopProject,
} from '@kechuang/domain';
import type { AgreementRow } from './agreement.repository';
import type { CooperationHistoryTable, CooperationMilestoneTable, CooperationOutputTable } from './cooperation.tables';
import type { PartnerRow } from './partner.repository';
import type { ProjectRow } from './project.repository';

/** Row → API shape; no row leaves unmapped. The contact phone leaves masked (docs/rules.md §6.4). */
export function presentPartner(r: PartnerRow): TCoopPartner {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    kind: r.kind,
    kindLabel: r.kind_label,
    province: r.province,
    city: r.city,
    address: r.address,
    contactName: r.contact_name,
    contactPhone: maskPhone(r.contact_phone),
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentAgreement(r: AgreementRow): TCoopAgreement {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    title: r.title,
    type: r.type,
    typeLabel: r.type_label,
    govParty: r.gov_party,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    signedOn: r.signed_on,
    endOn: r.end_on,
    scope: r.scope,
    status: r.status as AgreementState,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentProject(r: ProjectRow): TCoopProject {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    agreementId: r.agreement_id,
    field: r.field,
    fieldLabel: r.field_label,
    startOn: r.start_on,
    endOn: r.end_on,
    enterpriseAmount: r.enterprise_amount,
    partnerAmount: r.partner_amount,
    governmentAmount: r.government_amount,
    content: r.content,
    status: r.status as CoopProjectState,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentMilestone(m: Selectable<CooperationMilestoneTable>): TCoopMilestone {
  return {
    id: m.id,
    title: m.title,
    plannedOn: m.planned_on,
    actualOn: m.actual_on,
    done: m.done,
    note: m.note,
  };
}

export function presentOutput(o: Selectable<CooperationOutputTable> & { kind_label: string | null }): TCoopOutput {
  return {
    id: o.id,
    kind: o.kind,
    kindLabel: o.kind_label,
    title: o.title,
    count: o.count,
    achievedOn: o.achieved_on,
    achievementId: o.achievement_id,
  };
}

export function presentHistory(h: Selectable<CooperationHistoryTable>): TCoopHistory {
  return {
    id: h.id,
    fromState: h.from_state,
    toState: h.to_state,
    at: h.at.toISOString(),
    actorName: h.actor_name,
    reason: h.reason,
  };
}

export function presentFile(f: AttachmentRow): TCoopFile {
  return { id: f.id, fileName: f.file_name, sizeBytes: f.size_bytes, createdAt: f.created_at.toISOString() };
}

export function presentOutputRow(
  o: Selectable<CooperationOutputTable> & {
    kind_label: string | null;
    project_name: string;
    project_region: string;
    enterprise_name: string | null;
    partner_name: string | null;
  },
): TCoopOutputRow {
  return {
    ...presentOutput(o),
    projectId: o.project_id,
    projectName: o.project_name,
    enterpriseName: o.enterprise_name,
    partnerName: o.partner_name,
    regionCode: o.project_region,
  };
}
