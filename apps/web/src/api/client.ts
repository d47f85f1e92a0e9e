import type { ErrorCode } from '@kechuang/domain';

/** One field problem from `error.details` (the server's validation and rule errors). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The one error the web throws for a failed API call: the server's code, Chinese message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The details that name a field, for showing under form inputs. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as FieldProblem).field === 'string' &&
        typeof (d as FieldProblem).message === 'string',
    );
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface ClientHooks {
  onUnauthorized: () => void;
  onPasswordChangeRequired: () => void;
  onTotpEnrolmentRequired: () => void;
}

const BASE = '/api/v1';
// Kept in memory only (never in storage): a page reload fetches it again from /auth/me.
let csrfToken: string | null = null;
let hooks: ClientHooks = {
  onUnauthorized: () => undefined,
  onPasswordChangeRequired: () => undefined,
  onTotpEnrolmentRequired: () => undefined,
};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The session layer registers what a 401, a forced password change or a forced TOTP set-up should do. */
export function configureClient(next: ClientHooks): void {
  hooks = next;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: { query?: Query; quiet401?: boolean; blob?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart content type and boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(BASE + withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (res.ok && opts.blob) return { blob: await res.blob(), fileName: fileNameOf(res) } as T;
  const payload: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return payload as T;
  const err = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const error = new ApiError(
    res.status,
    err?.code ?? 'INTERNAL',
    err?.message ?? `请求失败（${res.status}）`,
    err?.details,
  );
  // A wrong password or TOTP code is also a 401, but it belongs to its form, not to a redirect.
  const wrongSecret = error.code === 'INVALID_CREDENTIALS' || error.code === 'TOTP_INVALID';
  if (res.status === 401 && !wrongSecret && !opts.quiet401) hooks.onUnauthorized();
  if (error.code === 'PASSWORD_CHANGE_REQUIRED') hooks.onPasswordChangeRequired();
  if (error.code === 'TOTP_ENROLMENT_REQUIRED') hooks.onTotpEnrolmentRequired();
  throw error;
}

/** The one way the web calls the server. */
export const api = {
  get: <T>(path: string, query?: Query, opts?: { quiet401?: boolean }) =>
    request<T>('GET', path, undefined, { query, ...opts }),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
  /** POST a multipart form (field names as the endpoint expects, e.g. `file`). */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
  /** GET a file (xlsx template, export, error report); errors arrive as the usual ApiError. */
  download: (path: string, query?: Query) => request<DownloadedFile>('GET', path, undefined, { query, blob: true }),
};

/** A downloaded file and the name the server gave it in content-disposition. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

function fileNameOf(res: Response): string | null {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  return /filename="?([^";]+)"?/i.exec(cd)?.[1] ?? null;
}

/** ProTable's list envelope, as every list endpoint returns it. */
export interface Page<T> {
  data: T[];
  total: number;
  success: boolean;
}
