import {
  CHANGE_TYPE_LABELS,
  TECH_PLATFORM_STATE_LABELS,
  graduationCriterion,
  isIncubationKind,
  platformTransitionsFrom,
  type ChangeType,
  type GraduationCriterionId,
  type TTechPlatform,
  type TTechPlatformDetail,
  type TechPlatformState,
} from '@kechuang/domain';
import type { changesOf, filesOf, historyOf, incubateesOf } from './dossier.repository';
import type { TechPlatformRow } from './tech-platform.repository';

type Member = { id: number; platform_id: number; enterprise_id: number | null; name: string };

/** Row → API shape; no row leaves unmapped. */
export function presentTechPlatform(r: TechPlatformRow, members: Member[]): TTechPlatform {
  const status = r.status as TechPlatformState;
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    kind: r.kind,
    kindLabel: r.kind_label ?? r.kind,
    level: r.level,
    levelLabel: r.level_label ?? r.level,
    status,
    statusLabel: TECH_PLATFORM_STATE_LABELS[status],
    statusReason: r.status_reason,
    enterpriseId: r.enterprise_id,
    operatorName: r.enterprise_name ?? r.operator_name,
    members: members
      .filter((m) => m.platform_id === r.id)
      .map((m) => ({ id: m.id, enterpriseId: m.enterprise_id, name: m.name })),
    field: r.field,
    industry: r.industry,
    address: r.address,
    siteArea: r.site_area,
    staffCount: r.staff_count,
    preparingFrom: r.preparing_from,
    establishedOn: r.established_on,
    recognizedOn: r.recognized_on,
    documentNo: r.document_no,
    remark: r.remark,
    incubation: isIncubationKind(r.kind),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export interface Dossier {
  history: Awaited<ReturnType<typeof historyOf>>;
  incubatees: Awaited<ReturnType<typeof incubateesOf>>;
  changes: Awaited<ReturnType<typeof changesOf>>;
  files: Awaited<ReturnType<typeof filesOf>>;
}

/** A platform with its history, incubatees, 变更 entries, files and the moves open to it. */
export function presentTechPlatformDetail(r: TechPlatformRow, members: Member[], d: Dossier): TTechPlatformDetail {
  const p = presentTechPlatform(r, members);
  return {
    ...p,
    history: d.history.map((h) => ({
      id: h.id,
      fromState: h.from_state as TechPlatformState | null,
      toState: h.to_state as TechPlatformState,
      on: h.on_date,
      reason: h.reason,
      actorName: h.actor_name,
      at: h.at.toISOString(),
    })),
    incubatees: d.incubatees.map((i) => ({
      id: i.id,
      enterpriseId: i.enterprise_id,
      enterpriseName: i.enterprise_name,
      enteredOn: i.entered_on,
      graduatedOn: i.graduated_on,
      criterion: i.criterion as GraduationCriterionId | null,
      criterionLabel: i.criterion ? graduationCriterion(i.criterion as GraduationCriterionId).label : null,
      basis: i.basis,
    })),
    changes: d.changes.map((c) => ({
      id: c.id,
      changeType: c.change_type as ChangeType,
      changeLabel: CHANGE_TYPE_LABELS[c.change_type as ChangeType],
      changedOn: c.changed_on,
      detail: c.detail,
      dueOn: c.due_on,
      reportedOn: c.reported_on,
    })),
    files: d.files.map((f) => ({
      id: f.id,
      slot: f.slot as 'certificate' | 'other',
      fileName: f.file_name,
      sizeBytes: f.size_bytes,
      createdAt: f.created_at.toISOString(),
    })),
    moves: platformTransitionsFrom(p.status).map((t) => ({
      to: t.to,
      label: t.label,
      reasonRequired: t.reasonRequired,
    })),
  };
}
