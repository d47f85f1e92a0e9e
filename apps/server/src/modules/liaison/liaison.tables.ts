import type { Generated } from 'kysely';
import type { Tracked } from '../../platform/db/schema';

/** One 干部包企业 record: region, created/updated stamps and version come from `Tracked` (docs/architecture.md §3.1). */
export interface LiaisonRecordTable extends Tracked {
  id: Generated<number>;
  name: string;
  /** 登记日期 'YYYY-MM-DD': the business date the report facts count by. */
  recorded_on: string;
  /** 金额 in 元, numeric(18,2), read as exact decimal text. */
  amount: string | null;
  remark: string | null;
}

/** The liaison module's tables. */
export interface LiaisonTables {
  liaison_record: LiaisonRecordTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends LiaisonTables {}
}
