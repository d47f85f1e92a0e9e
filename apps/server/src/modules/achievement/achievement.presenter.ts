import type { Selectable } from 'kysely';
import type {
  TAchievement,
  TAchievementDetail,
  TAchievementFile,
  TAchievementHistoryEntry,
  TCompleter,
} from '@kechuang/domain';
import type { AchievementRow } from './achievement.repository';
import type { AttachmentRow } from '../../platform/attachments/attachments.repository';
import type { AchievementTransitionTable } from './achievement.tables';

/** Row → API shape; no row leaves unmapped. */
export function presentAchievement(r: AchievementRow): TAchievement {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    enterpriseId: r.enterprise_id,
    firstUnitName: r.first_unit_name,
    otherUnits: r.other_units as string[],
    name: r.name,
    category: r.category as TAchievement['category'],
    completers: r.completers as TCompleter[],
    researchStart: r.research_start,
    researchEnd: r.research_end,
    attribute: r.attribute as TAchievement['attribute'],
    keywords: r.keywords as string[],
    level: r.level as TAchievement['level'],
    stage: r.stage as TAchievement['stage'],
    evaluation: r.evaluation as TAchievement['evaluation'],
    intellectualProperty: r.intellectual_property,
    abstract: r.abstract,
    status: r.status as TAchievement['status'],
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    registrationNo: r.registration_no,
    registeredOn: r.registered_on,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** An evidence file (never its storage key). */
export function presentAchievementFile(f: AttachmentRow): TAchievementFile {
  return {
    id: f.id,
    kind: f.slot as TAchievementFile['kind'],
    fileName: f.file_name,
    sizeBytes: f.size_bytes,
    createdAt: f.created_at.toISOString(),
  };
}

/** One move of the history. */
export function presentHistoryEntry(h: Selectable<AchievementTransitionTable>): TAchievementHistoryEntry {
  return {
    from: h.from_state as TAchievementHistoryEntry['from'],
    to: h.to_state as TAchievementHistoryEntry['to'],
    at: h.at.toISOString(),
    actorName: h.actor_name,
    onBehalf: h.on_behalf,
    comment: h.comment,
  };
}

/** A registration with its files and history. */
export function presentAchievementDetail(
  r: AchievementRow,
  files: AttachmentRow[],
  history: Selectable<AchievementTransitionTable>[],
): TAchievementDetail {
  return {
    ...presentAchievement(r),
    files: files.map(presentAchievementFile),
    history: history.map(presentHistoryEntry),
  };
}
