import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** A 榜单批次 (docs/rules.md §5.2): its collection window, default 揭榜 deadline and review configuration. */
export interface TechDemandCallTable extends Tracked {
  id: Generated<number>;
  year: number;
  title: string;
  collect_from: string;
  collect_to: string;
  bid_deadline: string | null;
  /** Confirmed scores a demand needs to rank. */
  min_experts: number;
  /** The four dimensions' weights in percent: { industry, foundation, indicators, finance }. */
  review_weights: unknown;
  /** collecting 征集中 | reviewing 论证中 | published 已发榜 | closed 已结束. */
  state: Generated<string>;
  ranking_confirmed_at: Date | null;
  /** The cut the ranking was confirmed with ({ topN } or { scoreLine }). */
  ranking_cut: unknown;
}

/** A technology demand an enterprise commits money to (docs/rules.md §5.2). */
export interface TechDemandTable extends Tracked {
  id: Generated<number>;
  call_id: number | null;
  enterprise_id: number;
  title: string;
  /** 技术领域: a value of the tech_demand_field dictionary. */
  field: string;
  /** 国家重点支持的高新技术领域: the two-digit code of docs/rules.md §2.5 (as the enterprise register stores it). */
  hightech_domain: string | null;
  problem: string;
  indicators: string | null;
  expected_outcome: string | null;
  /** 元, numeric(18,2), read as exact decimal text. */
  budget: string;
  period_months: number | null;
  contact_name: string;
  contact_phone: string;
  state: Generated<string>;
  review_score: string | null;
  review_rank: number | null;
  submitted_on: string | null;
  /** The day the ranking put it in 入选 (the facts count by it). */
  selected_on: string | null;
  published_on: string | null;
  bid_deadline: string | null;
}

/** One move of a demand's state. */
export interface TechDemandHistoryTable {
  id: Generated<number>;
  demand_id: number;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  actor_name: string | null;
  reason: string | null;
  created_at: Generated<Date>;
}

/** An expert's assignment to a demand and their scores; confirmed_at set locks them. */
export interface TechDemandReviewTable extends Tracked {
  id: Generated<number>;
  demand_id: number;
  expert_id: number;
  /** { industry, foundation, indicators, finance } as decimal text 0–100. */
  scores: unknown;
  comment: string | null;
  confirmed_at: Date | null;
}

/** The tech-demand module's tables. */
export interface TechDemandTables {
  tech_demand_call: TechDemandCallTable;
  tech_demand: TechDemandTable;
  tech_demand_history: TechDemandHistoryTable;
  tech_demand_review: TechDemandReviewTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends TechDemandTables {}
}
