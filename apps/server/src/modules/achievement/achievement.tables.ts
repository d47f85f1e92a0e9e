import type { Generated } from 'kysely';
import type { Json, Timestamp, Tracked } from '../../platform/db/schema';

/** One 科技成果登记 (docs/rules.md §5.3); region, stamps and version from `Tracked` (docs/architecture.md §3.1). */
export interface AchievementTable extends Tracked {
  id: Generated<number>;
  name: string;
  category: string;
  /** 第一完成单位 in the enterprise register; null for an institution named in `first_unit_name` only. */
  enterprise_id: number | null;
  first_unit_name: string;
  /** Other completing units, a JSON array of names. */
  other_units: Json;
  /** 完成人, a JSON array of { order, name, unit, title } (order 1 … n). */
  completers: Json;
  /** 研究起止 'YYYY-MM'. */
  research_start: string;
  research_end: string;
  attribute: string;
  keywords: Json;
  level: string;
  stage: string;
  evaluation: string;
  intellectual_property: string | null;
  abstract: string;
  status: Generated<string>;
  submitted_at: Timestamp | null;
  /** 批准登记号 (docs/rules.md §4.4), unique; set when registered. */
  registration_no: string | null;
  /** 登记日期 'YYYY-MM-DD': the date the report counts a registration by. */
  registered_on: string | null;
}

/** One move of a registration: who, when, on whose behalf, why. */
export interface AchievementTransitionTable {
  id: Generated<number>;
  region_code: string;
  achievement_id: number;
  /** Null for a registration entered as already registered (historic import). */
  from_state: string | null;
  to_state: string;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  on_behalf: Generated<boolean>;
  comment: string | null;
}

/** The achievement module's tables. */
export interface AchievementTables {
  achievement: AchievementTable;
  achievement_transition: AchievementTransitionTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends AchievementTables {}
}
