import type { Generated } from 'kysely';
import type { Tracked } from '../../../platform/db/schema';

/** An enterprise's technology need and its match with a commissioner (docs/rules.md §5.1.2). */
export interface CommissionerNeedTable extends Tracked {
  id: Generated<number>;
  enterprise_id: number;
  /** A value of the `commissioner_field` dictionary. */
  field: string;
  problem: string;
  contact_name: string;
  contact_phone: string;
  desired_on: string | null;
  /** open | assigned | done | closed (packages/domain/src/commissioner/matching-transitions.ts) */
  status: Generated<string>;
  commissioner_id: number | null;
  assigned_on: string | null;
  done_note: string | null;
  done_on: string | null;
  close_note: string | null;
  closed_on: string | null;
}

/** One move of a need (or its posting, `from_state` null). */
export interface CommissionerNeedHistoryTable {
  id: Generated<number>;
  need_id: number;
  region_code: string;
  from_state: string | null;
  to_state: string;
  note: string | null;
  actor_id: number | null;
  actor_name: string | null;
  at: Generated<Date>;
}

export interface CommissionerMatchingTables {
  commissioner_need: CommissionerNeedTable;
  commissioner_need_history: CommissionerNeedHistoryTable;
}

declare module '../../../platform/db/schema' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends CommissionerMatchingTables {}
}
