import {
  competitionDisplayName,
  maskPhone,
  type CompetitionStage,
  type NominationState,
  type TAwardHistoryEntry,
  type TAwardNomination,
  type TAwardProgramme,
  type TCompetition,
  type TCompetitionEntry,
} from '@kechuang/domain';
import type { Selectable } from 'kysely';
import type { AwardHistoryTable } from './award.tables';
import type { CompetitionRow } from './competition.repository';
import type { EntryRow } from './entry.repository';
import type { NominationRow } from './nomination.repository';
import type { ProgrammeRow } from './programme.repository';

// Rows → API shapes; no row leaves unmapped. A person's phone leaves masked (docs/rules.md §6.4).

export function presentProgramme(r: ProgrammeRow): TAwardProgramme {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    organiser: r.organiser,
    level: r.level,
    year: r.year,
    categories: r.categories,
    remark: r.remark,
    nominations: r.nominations,
    winners: r.winners,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentNomination(r: NominationRow): TAwardNomination {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    programmeId: r.programme_id,
    programmeName: r.programme_name,
    year: r.year,
    level: r.level,
    category: r.category,
    nomineeKind: r.nominee_kind,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    unitName: r.unit_name,
    personName: r.person_name,
    contactPhone: maskPhone(r.contact_phone),
    title: r.title,
    nominatedOn: r.nominated_on,
    state: r.state as NominationState,
    grade: r.grade,
    rank: r.rank,
    announcedOn: r.announced_on,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentCompetition(r: CompetitionRow): TCompetition {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    name: r.name,
    edition: r.edition,
    division: r.division,
    displayName: competitionDisplayName(r),
    organiser: r.organiser,
    level: r.level,
    year: r.year,
    remark: r.remark,
    entries: r.entries,
    awarded: r.awarded,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentEntry(r: EntryRow): TCompetitionEntry {
  return {
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    competitionId: r.competition_id,
    competitionName: competitionDisplayName({ name: r.competition_name, edition: r.edition, division: r.division }),
    year: r.year,
    level: r.level,
    nomineeKind: r.nominee_kind,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    unitName: r.unit_name,
    personName: r.person_name,
    contactPhone: maskPhone(r.contact_phone),
    projectTitle: r.project_title,
    enteredOn: r.entered_on,
    stage: r.stage as CompetitionStage,
    award: r.award,
    awardedOn: r.awarded_on,
    remark: r.remark,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function presentHistory(r: Selectable<AwardHistoryTable>): TAwardHistoryEntry {
  return {
    fromState: r.from_state,
    toState: r.to_state,
    detail: r.detail,
    at: r.at.toISOString(),
    actorName: r.actor_name,
  };
}
