import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** One 创新平台: region, stamps and version from `Tracked` (docs/architecture.md §3.1). */
export interface TechPlatformTable extends Tracked {
  id: Generated<number>;
  name: string;
  /** A value of the `tech_platform_kind` dictionary. */
  kind: string;
  /** A value of the `tech_platform_level` dictionary. */
  level: string;
  /** preparing 筹备 | building 建设中 | recognized 已认定 | delisted 摘牌 | revoked 撤销. */
  status: string;
  /** Why it was 摘牌 or 撤销. */
  status_reason: string | null;
  /** The operating unit when it is in the enterprise register … */
  enterprise_id: number | null;
  /** … else its name (an institution outside the register). */
  operator_name: string | null;
  field: string | null;
  industry: string | null;
  address: string | null;
  /** 场地面积 in m², numeric(11,2) read as text. */
  site_area: string | null;
  staff_count: number | null;
  preparing_from: string | null;
  established_on: string | null;
  recognized_on: string | null;
  document_no: string | null;
  remark: string | null;
}

/** A member unit of an alliance: an enterprise of the register or a named institution (`name` always set). */
export interface TechPlatformMemberTable {
  id: Generated<number>;
  platform_id: number;
  region_code: string;
  enterprise_id: number | null;
  name: string;
  created_at: Generated<Date>;
}

/** An enterprise in incubation, and its graduation (criterion of docs/rules.md §5.4 and what supports it). */
export interface TechPlatformIncubateeTable extends Tracked {
  id: Generated<number>;
  platform_id: number;
  enterprise_id: number;
  entered_on: string;
  graduated_on: string | null;
  criterion: string | null;
  basis: string | null;
}

/** One status move (or the status a platform was registered in, `from_state` null). */
export interface TechPlatformHistoryTable {
  id: Generated<number>;
  platform_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  on_date: string;
  reason: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: Generated<Date>;
}

/** A 变更 of name, operator, area or site, due to be reported by `due_on` (docs/rules.md §5.4). */
export interface TechPlatformChangeTable extends Tracked {
  id: Generated<number>;
  platform_id: number;
  change_type: string;
  changed_on: string;
  due_on: string;
  detail: string;
  reported_on: string | null;
}

/** The tech-platform module's tables (the evaluation rounds declare theirs in evaluation/). */
export interface TechPlatformTables {
  tech_platform: TechPlatformTable;
  tech_platform_member: TechPlatformMemberTable;
  tech_platform_incubatee: TechPlatformIncubateeTable;
  tech_platform_history: TechPlatformHistoryTable;
  tech_platform_change: TechPlatformChangeTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends TechPlatformTables {}
}
