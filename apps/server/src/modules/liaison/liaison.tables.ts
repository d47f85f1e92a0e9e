import type { ColumnType, Generated } from 'kysely';

/** Who and when, and the version for optimistic locking (the region is the enterprise's county). */
interface Stamped {
  region_code: string;
  created_at: Generated<Date>;
  created_by: number | null;
  updated_at: Generated<Date>;
  updated_by: number | null;
  version: Generated<number>;
}

/** An enterprise assigned to a lead cadre for [start_on, end_on] (docs/rules.md §5.7.1). */
export interface LiaisonAssignmentTable extends Stamped {
  id: Generated<number>;
  enterprise_id: number;
  cadre_id: number;
  start_on: string;
  end_on: string;
  /** 'manual' or 'rule' (with the rule's words in rule_label). */
  source: Generated<string>;
  rule_label: string | null;
  remark: string | null;
}

export interface LiaisonVisitTable extends Stamped {
  id: Generated<number>;
  enterprise_id: number;
  cadre_id: number;
  visited_on: string;
  form: string;
  people_met: string;
  /** Values of the liaison_policy dictionary (jsonb; written as JSON text). */
  policies: ColumnType<string[], string, string>;
  questions: string | null;
  campaign: string | null;
}

export interface LiaisonIssueTable extends Stamped {
  id: Generated<number>;
  visit_id: number;
  enterprise_id: number;
  cadre_id: number;
  content: string;
  category: string;
  department: string;
  raised_on: string;
  due_on: string;
  status: Generated<string>;
  answer: string | null;
  closed_on: string | null;
}

export interface LiaisonIssueHistoryTable {
  id: Generated<number>;
  issue_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
}

export interface LiaisonIssueReminderTable {
  issue_id: number;
  sent_on: string;
}

/** The liaison module's tables. */
export interface LiaisonTables {
  liaison_assignment: LiaisonAssignmentTable;
  liaison_visit: LiaisonVisitTable;
  liaison_issue: LiaisonIssueTable;
  liaison_issue_history: LiaisonIssueHistoryTable;
  liaison_issue_reminder: LiaisonIssueReminderTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends LiaisonTables {}
}
