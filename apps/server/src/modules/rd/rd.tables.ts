import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp, Tracked } from '../../platform/db/schema';

type Money = string | null;

export interface RdCheckRuleTable {
  /** Whose rule: '' the default (the province's), else a region's scope prefix ('621122', '6211'). */
  scope: Generated<string>;
  code: string;
  label: string;
  severity: string;
  enabled: Generated<boolean>;
  threshold: string | null;
  locked: Generated<boolean>;
  description: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface RdTaskTable extends Tracked {
  id: Generated<number>;
  title: string;
  period: string;
  due_date: string;
  status: Generated<string>;
  unit_filter: Json;
  published: Generated<boolean>;
  published_at: Timestamp | null;
  published_by: number | null;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  remark: string | null;
}

/** The figures of a unit's form, by column. */
export interface RdFigureColumns {
  staff_total: number | null;
  revenue: Money;
  rd_staff: number | null;
  internal_total: Money;
  labor: Money;
  materials: Money;
  depreciation: Money;
  equipment: Money;
  other_cost: Money;
  funds_own: Money;
  funds_government: Money;
  funds_other: Money;
  external_spend: Money;
  deduction_claimed: Money;
}

export interface RdTaskUnitTable extends Tracked, RdFigureColumns {
  id: Generated<number>;
  task_id: number;
  enterprise_id: number;
  period: string;
  township_code: string | null;
  industry_code: string | null;
  performer: string;
  is_high_tech: Generated<boolean>;
  is_tech_sme: Generated<boolean>;
  status: Generated<string>;
  explanations: ColumnType<Record<string, string>, string | undefined, string>;
  prefill: ColumnType<Record<string, string>, string | undefined, string>;
  remark: string | null;
  filled_by_staff: Generated<boolean>;
  saved_at: Timestamp | null;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  reviewed_at: Timestamp | null;
  reviewed_by: number | null;
  return_reason: string | null;
}

export interface RdProjectTable extends Tracked {
  id: Generated<number>;
  task_unit_id: number;
  seq: number;
  name: string;
  source: string;
  cooperation: string;
  stage: string;
  people: number;
  person_months: number;
  expenditure: string;
  government: string;
}

export interface IndicatorValueTable extends Tracked {
  id: Generated<number>;
  code: string;
  period: string;
  value: string;
  unit: string;
  source: string;
  remark: string | null;
}

/** The R&D module's tables. */
export interface RdTables {
  rd_check_rule: RdCheckRuleTable;
  rd_task: RdTaskTable;
  rd_task_unit: RdTaskUnitTable;
  rd_project: RdProjectTable;
  indicator_value: IndicatorValueTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends RdTables {}
}
