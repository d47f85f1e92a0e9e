import { z } from 'zod';
import type { ZOk } from './common.contract';
import { zPage } from './common.contract';
import { ZAuditVerifyResult, ZMessage } from './system.contract';
import type { ZSignedIn } from './auth.contract';

// Responses of platform endpoints the web reads, so it never copies their shapes. Plain shapes without
// transforms, so a route can also serve them as its `response:` schema.

/** A completed sign-in and GET /auth/me: the session's CSRF token and the current user. */
export type TSessionPayload = z.infer<typeof ZSignedIn>;

/** Mutations with nothing else to say (logout, delete, mark read …). */
export type TOk = z.infer<typeof ZOk>;

/** A background job was started (imports, chain verification, reminders): poll GET /jobs/:id. */
export const ZJobStarted = z.object({ jobId: z.number().int() });
export type TJobStarted = z.infer<typeof ZJobStarted>;

/** GET /permissions: every permission with its Chinese label; `adminOnly` names the only role that may hold it. */
export const ZPermissionOption = z.object({ key: z.string(), label: z.string(), adminOnly: z.string().nullable() });
export type TPermissionOption = z.infer<typeof ZPermissionOption>;

/** GET /audit/verify/:jobId: the verification job's state and, once done, its result. */
export const ZVerifyStatus = z.object({
  status: z.string(),
  progress: z.number(),
  result: ZAuditVerifyResult.nullable(),
});
export type TVerifyStatus = z.infer<typeof ZVerifyStatus>;

/** GET /messages: a page of the user's messages and the number still unread. */
export const ZMessagePage = zPage(ZMessage).extend({ unread: z.number().int() });
export type TMessagePage = z.infer<typeof ZMessagePage>;

/**
 * The result of an Excel import job (the import kit's one payload shape): the preview after 'validate'; after
 * 'commit' the same with stage 'committed' and the module's own counts (ZEnterpriseImportCommitted, …).
 */
export const ZImportJobResult = z.object({
  stage: z.enum(['validated', 'committed']),
  fileName: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  failedRows: z.number().int(),
  /** '共 N 行，失败 M 行'. */
  summary: z.string(),
  /** The first problems (the error report holds all); `row` null = the whole file. */
  problems: z.array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), message: z.string() })),
  errorReportFileId: z.string().nullable(),
  /** Only imports that create or update records count them. */
  toCreate: z.number().int().optional(),
  toUpdate: z.number().int().optional(),
  /** The first rows as they will be written, keyed by the import's sample columns. */
  sample: z.array(z.record(z.string(), z.unknown())),
});
export type TImportJobResult = z.infer<typeof ZImportJobResult>;
