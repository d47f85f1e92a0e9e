import {
  ASSESSMENT_GRADE_LABELS,
  extendableAfter,
  type AssessmentGrade,
  type TAssessment,
  type TAssessmentEntry,
  type TAssessmentScheme,
} from '@kechuang/domain';
import type { AssessmentRow, EntryRow, SchemeRow } from './assessment.repository';
import { entryResult } from './entry-result';

export function presentAssessmentScheme(s: SchemeRow): TAssessmentScheme {
  return {
    id: s.id,
    version: s.version,
    name: s.name,
    source: s.source,
    items: s.items,
    cutoffs: s.cutoffs,
    issuedOn: s.issued_on,
  };
}

export function presentAssessment(a: AssessmentRow): TAssessment {
  return {
    id: a.id,
    regionCode: a.region_code,
    regionName: a.region_name,
    year: a.year,
    schemeId: a.scheme_id,
    schemeName: a.scheme_name,
    status: a.status as TAssessment['status'],
    statusLabel: a.status === 'published' ? '已公示' : '评分中',
    noticeId: a.notice_id,
    entries: Number(a.entries),
    graded: Number(a.graded),
    openedOn: a.opened_on,
    version: a.version,
  };
}

/** An entry with its points as counted (the enterprises' average for 满意度 once any has rated). */
export function presentAssessmentEntry(e: EntryRow, scheme: SchemeRow): TAssessmentEntry {
  const { points } = entryResult(scheme, e.scores, e.rating_avg === null ? null : Number(e.rating_avg));
  const grade = e.grade as AssessmentGrade | null;
  return {
    id: e.id,
    assessmentId: e.assessment_id,
    year: e.year,
    commissionerId: e.commissioner_id,
    commissionerName: e.commissioner_name,
    level: e.level,
    confirmedDays: Number(e.confirmed_days),
    scores: points,
    ratings: Number(e.ratings),
    total: e.total === null ? null : Number(e.total),
    grade,
    gradeLabel: grade ? ASSESSMENT_GRADE_LABELS[grade] : null,
    extendable: extendableAfter(grade),
    remark: e.remark,
    version: e.version,
  };
}
