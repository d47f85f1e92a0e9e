import {
  APPLICATION_STATE_LABELS,
  PROJECT_CATEGORY_LABELS,
  transitionsFrom,
  type ApplicationState,
  type OutlierRule,
  type TApplication,
  type TAttachment,
  type TCall,
  type TCriterion,
  type TFormField,
} from '@kechuang/domain';
import type { Selectable } from 'kysely';
import type { AuthContext } from '../../platform/http/types';
import type { ApplicationRow } from './application.repository';
import type { CallRow, FileRow } from './call.repository';
import { movesAllowed, seesInternalComments } from './project.policy';
import type { ProjectTransitionTable } from './project.tables';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** File row → attachment metadata (never the storage key). */
export function presentAttachment(f: FileRow): TAttachment {
  return {
    id: f.id,
    slot: f.slot,
    fileName: f.file_name,
    mimeType: f.mime_type,
    sizeBytes: f.size_bytes,
    sha256: f.sha256.trim(),
    uploadedAt: f.created_at.toISOString(),
    uploadedBy: f.uploaded_by_name,
  };
}

/** Where a call stands by the clock: not yet open, open, or closed. */
export function callPhase(c: { opens_at: Date; closes_at: Date }, now = new Date()): TCall['phase'] {
  if (now < new Date(c.opens_at)) return 'not-open';
  return now > new Date(c.closes_at) ? 'closed' : 'open';
}

/** Call row → API shape. */
export function presentCall(c: CallRow, files: FileRow[]): TCall {
  return {
    id: c.id,
    regionCode: c.region_code,
    title: c.title,
    category: c.category,
    categoryLabel: c.category_label ?? PROJECT_CATEGORY_LABELS[c.category] ?? c.category,
    level: c.level,
    year: c.year,
    opensAt: iso(c.opens_at)!,
    closesAt: iso(c.closes_at)!,
    status: c.status as TCall['status'],
    phase: callPhase(c),
    guide: c.guide,
    form: (c.form ?? []) as TFormField[],
    criteria: (c.criteria ?? []) as TCriterion[],
    minExperts: c.min_experts,
    outlierRule: c.outlier_rule as OutlierRule,
    outlierSd: c.outlier_sd,
    attachments: files.map(presentAttachment),
    applicationCount: Number(c.application_count),
    rankingConfirmedAt: iso(c.ranking_confirmed_at),
    version: c.version,
  };
}

/** The moves the caller may make now: applicant moves for the applicant (or staff), bureau moves for staff. */
export function actionsFor(
  auth: AuthContext | null,
  a: { state: string; enterprise_id: number },
): TApplication['actions'] {
  if (!auth) return [];
  const { staff, applicant } = movesAllowed(auth, a);
  return transitionsFrom(a.state as ApplicationState)
    .filter((t) => (t.by === 'staff' ? staff : applicant))
    .map((t) => ({ to: t.to, label: t.label, reasonRequired: t.reasonRequired }));
}

/** Application row → API shape, with its files and the caller's available moves. */
export function presentApplication(a: ApplicationRow, files: FileRow[], auth: AuthContext | null): TApplication {
  return {
    id: a.id,
    regionCode: a.region_code,
    callId: a.call_id,
    callTitle: a.call_title,
    category: a.category,
    categoryLabel: a.category_label ?? PROJECT_CATEGORY_LABELS[a.category] ?? a.category,
    level: a.level,
    year: a.year,
    closesAt: iso(a.closes_at)!,
    enterpriseId: a.enterprise_id,
    enterpriseName: a.enterprise_name,
    unitKind: a.unit_kind,
    title: a.title,
    state: a.state as ApplicationState,
    stateLabel: APPLICATION_STATE_LABELS[a.state as ApplicationState] ?? a.state,
    data: (a.data ?? {}) as Record<string, unknown>,
    requestedAmount: a.requested_amount,
    approvedAmount: a.approved_amount,
    projectNo: a.project_no,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    midtermDueOn: a.midterm_due_on,
    submittedAt: iso(a.submitted_at),
    reserveId: a.reserve_id,
    attachments: files.filter((f) => f.owner_id === a.id).map(presentAttachment),
    actions: actionsFor(auth, a),
    updatedAt: a.updated_at.toISOString(),
    version: a.version,
  };
}

/** Transition row → API shape. */
export function presentTransition(t: Selectable<ProjectTransitionTable>) {
  const label = (s: string) => APPLICATION_STATE_LABELS[s as ApplicationState] ?? s;
  return {
    id: t.id,
    from: t.from_state,
    to: t.to_state,
    fromLabel: label(t.from_state),
    toLabel: label(t.to_state),
    at: t.at.toISOString(),
    actorName: t.actor_name,
    onBehalf: t.on_behalf,
    override: t.override,
    imported: t.imported,
    comment: t.comment,
    visibility: t.visibility as 'internal' | 'applicant',
  };
}

/** An application's history as the user may read it: the applicant sees the bureau's internal comments blanked. */
export function presentHistory(rows: Selectable<ProjectTransitionTable>[], auth: AuthContext) {
  const internal = seesInternalComments(auth);
  return rows
    .map(presentTransition)
    .map((t) => (internal || t.visibility === 'applicant' ? t : { ...t, comment: null }));
}
