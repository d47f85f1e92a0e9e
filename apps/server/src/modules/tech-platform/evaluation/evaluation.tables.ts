import type { Generated } from 'kysely';
import type { Json, Timestamp, Tracked } from '../../../platform/db/schema';

/** One version of the indicator scheme of a platform kind and level (docs/rules.md §5.4). */
export interface TechPlatformEvalSchemeTable {
  id: Generated<number>;
  kind: string;
  level: string;
  version: number;
  effective_year: number;
  name: string;
  source: string;
  /** A `ZEvalSchemeDefinition`, validated before it is written. */
  definition: Json;
  created_at: Generated<Date>;
  created_by: number | null;
}

/** A region's 艰苦边远地区 switch: relaxable requirements lowered by the scheme's percentage [S54]. */
export interface TechPlatformEvalRegionTable extends Tracked {
  hardship_area: boolean;
}

/** A round: one county, one level, the kinds it covers, one year; state open → reviewing → graded → published. */
export interface TechPlatformEvalRoundTable extends Tracked {
  id: Generated<number>;
  title: string;
  /** The platform kinds (dictionary values) as a JSON array. */
  kinds: Json;
  level: string;
  year: number;
  state: string;
  /** The region's 艰苦边远地区 switch when the round was opened (a later change does not regrade it). */
  hardship_area: boolean;
  opened_on: string;
  graded_on: string | null;
  /** The 公示 drafted for it (public_notice). */
  notice_id: number | null;
}

/** One state move of a round. */
export interface TechPlatformEvalRoundHistoryTable {
  id: Generated<number>;
  round_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  actor_name: string | null;
  at: Generated<Date>;
}

/** One platform in a round: the operator's figures, the three scores, the grade and the 摘牌 proposal. */
export interface TechPlatformEvalEntryTable extends Tracked {
  id: Generated<number>;
  round_id: number;
  platform_id: number;
  scheme_id: number;
  year: number;
  /** The operating enterprise when the round opened (who fills the figures). */
  enterprise_id: number | null;
  /** draft | submitted */
  status: Generated<string>;
  data: Json;
  submitted_at: Timestamp | null;
  quantitative_score: string | null;
  quantitative_items: Json;
  qualitative_score: string | null;
  management_score: string | null;
  management_comment: string | null;
  total_score: string | null;
  grade: string | null;
  grade_message: string | null;
  revocation_proposed: Generated<boolean>;
  revocation_reason: string | null;
}

/** An expert's qualitative scoring of one entry. */
export interface TechPlatformEvalExpertTable extends Tracked {
  id: Generated<number>;
  entry_id: number;
  expert_id: number;
  /** assigned | submitted */
  status: Generated<string>;
  scores: Json;
  comment: string | null;
  submitted_at: Timestamp | null;
}

/** The evaluation's tables. */
export interface TechPlatformEvalTables {
  tech_platform_eval_scheme: TechPlatformEvalSchemeTable;
  tech_platform_eval_region: TechPlatformEvalRegionTable;
  tech_platform_eval_round: TechPlatformEvalRoundTable;
  tech_platform_eval_round_history: TechPlatformEvalRoundHistoryTable;
  tech_platform_eval_entry: TechPlatformEvalEntryTable;
  tech_platform_eval_expert: TechPlatformEvalExpertTable;
}

declare module '../../../platform/db/schema' {
  // The evaluation's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends TechPlatformEvalTables {}
}
