import { z } from 'zod';

/** Error codes of the one error shape `{ error: { code, message, details? } }`. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'TOTP_INVALID',
  'TOTP_ENROLMENT_REQUIRED',
  'CSRF_INVALID',
  'FORBIDDEN',
  'OUT_OF_SCOPE',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ZErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZIdParam = z.object({ id: z.coerce.number().int().positive() });

/** Query string of every list: 1-based page and size, capped. */
export const ZPageQuery = z.object({
  current: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The most records a list opens by id: a larger set is narrowed by the list's own filters instead. */
export const MAX_RECORD_IDS = 20_000;

/**
 * A list's `ids` filter as text: the records a report fact links to ('12,13,14'), at most MAX_RECORD_IDS. A long
 * set travels as `set:<token>` (platform record sets) and reaches this check expanded.
 */
export const zFactIdsText = z
  .string()
  .regex(/^\d{1,10}(,\d{1,10}){0,19999}$/, `记录编号须为逗号分隔的数字，至多 ${MAX_RECORD_IDS} 个`);

/** The same filter read as numbers. */
export const zFactIds = zFactIdsText.transform((s) => s.split(',').map(Number));

/** The list envelope ProTable reads as `{ data, total, success }`. */
export function zPage<T extends z.ZodTypeAny>(item: T) {
  return z.object({ data: z.array(item), total: z.number().int(), success: z.literal(true) });
}

/** Optimistic locking: every update carries the version it read. */
export const ZVersioned = z.object({ version: z.number().int().min(1) });

export const ZOk = z.object({ ok: z.literal(true) });

/** A set of record ids to open a list with (the web asks for one when a figure's link is too long for an address). */
export const ZRecordSetRequest = z.object({
  ids: z
    .array(z.number().int().positive())
    .min(1, '记录集不能为空')
    .max(MAX_RECORD_IDS, `记录过多（至多 ${MAX_RECORD_IDS} 条）：请在列表中按条件筛选`),
});
export const ZRecordSet = z.object({ token: z.string(), idsParam: z.string() });
export type TRecordSet = z.infer<typeof ZRecordSet>;
export const ZRecordSetIds = z.object({ token: z.string(), ids: z.array(z.number().int()) });
