import type { ColumnType, Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** One version of an indicator template; an edit writes the next version of the same family. */
export interface IndicatorTemplateTable extends Tracked {
  id: Generated<number>;
  /** The first version's id: every version of one template shares it. */
  family_id: number | null;
  name: string;
  description: string;
  revision: number;
  current: boolean;
  /** Shipped with the product: read everywhere, copied rather than edited. */
  built_in: boolean;
}

export interface IndicatorDefinitionTable {
  id: Generated<number>;
  template_id: number;
  position: number;
  key: string;
  name: string;
  unit: string;
  direction: string;
  caliber: string;
  department: string;
  source: string;
  formula: string | null;
  decimals: number;
}

/** A year's target of one indicator for one region, set by a region above it. */
export interface IndicatorTargetTable extends Tracked {
  id: Generated<number>;
  year: number;
  indicator_key: string;
  target: ColumnType<string, string, string>;
  half_year_target: string | null;
  set_by_region: string;
}

/** The indicator module's tables; hand-entered values live in `indicator_value` (shared with the R&D GDP entry). */
export interface IndicatorTables {
  indicator_template: IndicatorTemplateTable;
  indicator_definition: IndicatorDefinitionTable;
  indicator_target: IndicatorTargetTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends IndicatorTables {}
}
