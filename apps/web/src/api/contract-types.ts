import type { z } from 'zod';
import type { ZAuditEntry, ZAuditVerifyResult, ZDictType, ZSession } from '@kechuang/domain';

// The domain exports schemas without inferred types for these; infer them once here so pages never guess shapes.
export type TSession = z.infer<typeof ZSession>;
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export type TAuditVerifyResult = z.infer<typeof ZAuditVerifyResult>;
export type TDictType = z.infer<typeof ZDictType>;

/** GET /permissions: every permission key with its Chinese label; adminOnly names the only role that may hold it. */
export interface TPermissionOption {
  key: string;
  label: string;
  adminOnly: string | null;
}

/** GET /audit/verify/:jobId */
export interface TVerifyStatus {
  status: string;
  progress: number;
  result: TAuditVerifyResult | null;
}
