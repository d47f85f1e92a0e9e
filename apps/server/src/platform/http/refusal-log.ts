/**
 * Which refusals reach the audit trail, and how many: every 403 (no permission, out of scope, a bad CSRF token), and
 * the 401s and 404s a prober collects (a session-less call, a record id guessed in another county). The 401s and 404s
 * are limited per address and code to a few rows a minute, so a scan cannot flood the trail; the row after a pause
 * says how many were left out.
 */
const ALWAYS_LOGGED = new Set(['FORBIDDEN', 'OUT_OF_SCOPE', 'CSRF_INVALID']);
const LIMITED = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED', 'NOT_FOUND']);
const ROWS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  written: number;
  suppressed: number;
}

export class RefusalLog {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether this refusal is written, and how many of its kind were left out before it. */
  admit(code: string, address: string | null): { write: boolean; suppressedBefore: number } {
    if (ALWAYS_LOGGED.has(code)) return { write: true, suppressedBefore: 0 };
    if (!LIMITED.has(code)) return { write: false, suppressedBefore: 0 };
    const key = `${address ?? '-'}|${code}`;
    const now = this.now();
    let w = this.windows.get(key);
    let suppressedBefore = 0;
    if (!w || now - w.startedAt >= WINDOW_MS) {
      suppressedBefore = w?.suppressed ?? 0;
      if (this.windows.size > 10_000) this.windows.clear();
      w = { startedAt: now, written: 0, suppressed: 0 };
      this.windows.set(key, w);
    }
    if (w.written >= ROWS_PER_MINUTE) {
      w.suppressed += 1;
      return { write: false, suppressedBefore: 0 };
    }
    w.written += 1;
    return { write: true, suppressedBefore };
  }
}
