import { maskPhone, type NeedState, type TNeed, type TNeedCandidate } from '@kechuang/domain';
import type { RowScope } from '../../../platform/auth/row-scope';
import { seesFullPhone } from './matching.policy';
import type { NeedRow } from './need.repository';
import type { proposeCommissioners } from './read-need';

/** Need row → API shape; the contact phone in full only for the enterprise and its commissioner. */
export function presentNeed(r: NeedRow, scope: RowScope): TNeed {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    field: r.field,
    fieldLabel: r.field_label,
    problem: r.problem,
    contactName: r.contact_name,
    contactPhone: seesFullPhone(scope) ? r.contact_phone : maskPhone(r.contact_phone),
    desiredOn: r.desired_on,
    status: r.status as NeedState,
    commissionerId: r.commissioner_id,
    commissionerName: r.commissioner_name,
    commissionerUnit: r.commissioner_unit,
    assignedOn: r.assigned_on,
    doneNote: r.done_note,
    doneOn: r.done_on,
    closeNote: r.close_note,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}

export function presentCandidate(c: Awaited<ReturnType<typeof proposeCommissioners>>[number]): TNeedCandidate {
  return {
    commissionerId: c.candidate.id,
    name: c.candidate.name,
    level: c.candidate.level,
    field: c.candidate.field,
    fieldLabel: c.candidate.fieldLabel,
    speciality: c.candidate.speciality,
    unitName: c.candidate.unit_name,
    regionName: c.candidate.regionName,
    load: c.candidate.load,
    score: c.score,
    reasons: c.reasons,
  };
}
