import autocannon, { type AcInstance, type AcRequest, type AcResult } from 'autocannon';
import { RssSampler } from './processes';

/** One measured run of one operation on one side. */
export interface RunSample {
  round: number;
  durationS: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx responses per second. */
  reqPerSec: number;
  /** Operations per second (req/s ÷ requests per operation). */
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  statusCodes: Record<string, number>;
  rssPeakMb: number | null;
  counters?: Record<string, number>;
  /** The run ended before its duration because the operation ran out of rows (see (e)). */
  stoppedEarly?: boolean;
}

/** Drives one side with autocannon for a fixed duration and connection count, sampling the server's RSS. */
export interface RunControl {
  /** Ends the run early (an operation that ran out of rows to work on). */
  stop(): void;
  stoppedEarly: boolean;
}

/**
 * `maxRequests` caps a run that consumes rows ((e) submits each application once): autocannon splits it over the
 * connections and the run ends at the duration or when every connection has sent its share.
 */
export async function drive(opts: {
  base: string;
  requests: (control: RunControl) => AcRequest[];
  maxRequests?: () => number | undefined;
  connections: number;
  durationS: number;
  pid?: number;
  requestsPerOp: number;
  round: number;
}): Promise<RunSample & { stoppedEarly: boolean }> {
  const sampler = opts.pid ? new RssSampler(opts.pid).start() : null;
  let res: AcResult;
  let peak: number | null;
  let instance: AcInstance | null = null;
  let cap: number | undefined;
  const control: RunControl = {
    stoppedEarly: false,
    stop() {
      if (control.stoppedEarly) return;
      control.stoppedEarly = true;
      setImmediate(() => instance?.stop());
    },
  };
  try {
    const requests = opts.requests(control);
    cap = opts.maxRequests?.();
    // A connection whose share of the cap is 0 would run uncapped: never more connections than requests.
    const connections = cap !== undefined ? Math.max(1, Math.min(opts.connections, cap)) : opts.connections;
    instance = autocannon({
      url: opts.base,
      connections,
      duration: opts.durationS,
      pipelining: 1,
      timeout: 30,
      requests,
      ...(cap !== undefined ? { maxOverallRequests: Math.max(1, cap) } : {}),
    });
    res = await instance;
  } finally {
    peak = sampler ? sampler.stop() : null;
  }
  const ok = res['2xx'];
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(res.statusCodeStats ?? {})) statusCodes[code] = v.count;
  const reqPerSec = ok / res.duration;
  const capped = cap !== undefined && res.requests.total >= cap && res.duration < opts.durationS - 0.5;
  return {
    round: opts.round,
    durationS: Math.round(res.duration * 100) / 100,
    requests: res.requests.total,
    ok,
    non2xx: res.non2xx,
    errors: res.errors,
    timeouts: res.timeouts,
    reqPerSec: Math.round(reqPerSec * 10) / 10,
    opsPerSec: Math.round((reqPerSec / opts.requestsPerOp) * 10) / 10,
    p50Ms: res.latency.p50,
    p99Ms: res.latency.p99,
    maxMs: res.latency.max,
    statusCodes,
    rssPeakMb: peak,
    stoppedEarly: control.stoppedEarly || capped,
  };
}

export function median(values: number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
