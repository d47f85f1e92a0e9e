import autocannon, { type AcRequest, type AcResult } from 'autocannon';
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
}

/** Drives one side with autocannon for a fixed duration and connection count, sampling the server's RSS. */
export async function drive(opts: { base: string; requests: AcRequest[]; connections: number; durationS: number; pid?: number; requestsPerOp: number; round: number }): Promise<RunSample> {
  const sampler = opts.pid ? new RssSampler(opts.pid).start() : null;
  let res: AcResult;
  let peak: number | null = null;
  try {
    res = await autocannon({ url: opts.base, connections: opts.connections, duration: opts.durationS, pipelining: 1, timeout: 30, requests: opts.requests });
  } finally {
    peak = sampler ? sampler.stop() : null;
  }
  const ok = res['2xx'];
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(res.statusCodeStats ?? {})) statusCodes[code] = v.count;
  const reqPerSec = ok / res.duration;
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
  };
}

export function median(values: number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
