import type { Kysely } from 'kysely';
import {
  AWARD_LEVEL_LABELS,
  COMPETITION_STAGE_LABELS,
  NOMINATION_STATE_LABELS,
  NOMINEE_KIND_LABELS,
  type AwardLevel,
  type NomineeKind,
  type TAwardNomination,
  type TCompetitionEntry,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { dictLabels } from './award-region';

/** The exported nominations with their codes as the bureau reads them (the phone stays masked, §6.4). */
export async function nominationExportRows(db: Kysely<DB>, rows: TAwardNomination[]) {
  const [categories, grades] = await Promise.all([dictLabels(db, 'award_category'), dictLabels(db, 'award_grade')]);
  return rows.map((r) => ({
    ...r,
    level: AWARD_LEVEL_LABELS[r.level as AwardLevel] ?? r.level,
    category: categories.get(r.category) ?? r.category,
    nomineeKind: NOMINEE_KIND_LABELS[r.nomineeKind as NomineeKind] ?? r.nomineeKind,
    state: NOMINATION_STATE_LABELS[r.state],
    grade: r.grade ? (grades.get(r.grade) ?? r.grade) : null,
  }));
}

/** The exported entries with their codes as the bureau reads them (the phone stays masked, §6.4). */
export async function entryExportRows(db: Kysely<DB>, rows: TCompetitionEntry[]) {
  const grades = await dictLabels(db, 'award_grade');
  return rows.map((r) => ({
    ...r,
    level: AWARD_LEVEL_LABELS[r.level as AwardLevel] ?? r.level,
    nomineeKind: NOMINEE_KIND_LABELS[r.nomineeKind as NomineeKind] ?? r.nomineeKind,
    stage: COMPETITION_STAGE_LABELS[r.stage],
    award: r.award ? (grades.get(r.award) ?? r.award) : null,
  }));
}
