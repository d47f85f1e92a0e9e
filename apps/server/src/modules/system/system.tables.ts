import type { Generated } from 'kysely';

/** A request to reset an administrator's password, waiting for a second administrator (issue 20). */
export interface AdminResetRequestTable {
  id: Generated<number>;
  target_user_id: number;
  /** The target account's region: the administrators of that region see the request. */
  region_code: string;
  reason: string;
  /** 'pending', 'approved' or 'rejected'; a pending one past expires_at reads as expired. */
  status: Generated<string>;
  requested_by: number;
  requested_at: Generated<Date>;
  expires_at: Date;
  decided_by: number | null;
  decided_at: Date | null;
  decision_note: string | null;
}

/** The system module's own tables (the accounts, roles and parameters are the platform's). */
export interface SystemTables {
  admin_reset_request: AdminResetRequestTable;
}

declare module '../../platform/db/schema' {
  // The module's tables join the one DB type (declaration merging; the platform imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DB extends SystemTables {}
}
