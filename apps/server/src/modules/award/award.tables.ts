import type { ColumnType, Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** An award programme (奖励评选) recorded by a county's bureau: region, stamps and version from `Tracked`. */
export interface AwardProgrammeTable extends Tracked {
  id: Generated<number>;
  name: string;
  organiser: string;
  /** award_level: national, provincial, city, county. */
  level: string;
  year: number;
  /** award_category codes the programme awards. */
  categories: ColumnType<string[], string[] | undefined, string[]>;
  remark: string | null;
}

/** The columns a unit or a person is named by (nominations and entries alike). */
interface Nominee {
  nominee_kind: string;
  /** The unit, or the person's unit, when it is an enterprise of the register. */
  enterprise_id: number | null;
  unit_name: string | null;
  person_name: string | null;
  contact_phone: string | null;
}

/** A nomination (推荐) to a programme; state 推荐 → 获奖 / 未获奖 (domain `NOMINATION_TRANSITIONS`). */
export interface AwardNominationTable extends Tracked, Nominee {
  id: Generated<number>;
  programme_id: number;
  category: string;
  title: string | null;
  nominated_on: string;
  state: Generated<string>;
  grade: string | null;
  rank: number | null;
  /** 公布日期: the date a result counts in a report period. */
  announced_on: string | null;
  remark: string | null;
}

/** A competition's edition and division (第十一届中国创新创业大赛·甘肃赛区). */
export interface AwardCompetitionTable extends Tracked {
  id: Generated<number>;
  name: string;
  edition: number | null;
  division: string | null;
  organiser: string;
  level: string;
  year: number;
  remark: string | null;
}

/** An entry to a competition: the stage it reached (domain `COMPETITION_STAGES`) and any award. */
export interface AwardEntryTable extends Tracked, Nominee {
  id: Generated<number>;
  competition_id: number;
  project_title: string | null;
  entered_on: string;
  stage: Generated<string>;
  award: string | null;
  awarded_on: string | null;
  remark: string | null;
}

/** One move of a nomination (state) or an entry (stage, award). */
export interface AwardHistoryTable {
  id: Generated<number>;
  region_code: string;
  subject: 'nomination' | 'entry';
  subject_id: number;
  from_state: string | null;
  to_state: string;
  detail: string | null;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
}

/** The award module's tables. */
export interface AwardTables {
  award_programme: AwardProgrammeTable;
  award_nomination: AwardNominationTable;
  award_competition: AwardCompetitionTable;
  award_entry: AwardEntryTable;
  award_history: AwardHistoryTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends AwardTables {}
}
