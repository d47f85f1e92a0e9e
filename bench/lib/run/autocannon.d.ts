// The few parts of autocannon 8 the bench uses (the package ships no types).
declare module 'autocannon' {
  import type { IncomingHttpHeaders } from 'node:http';

  export interface AcRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (req: AcRequest, context: Record<string, unknown>) => AcRequest | null | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: IncomingHttpHeaders) => void;
  }

  export interface AcOptions {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    maxOverallRequests?: number;
    pipelining?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    requests?: AcRequest[];
    initialContext?: Record<string, unknown>;
  }

  export interface AcHistogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    sent?: number;
  }

  export interface AcResult {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats: Record<string, { count: number }>;
    latency: AcHistogram;
    requests: AcHistogram;
  }

  /** The run: a promise of the result that can also be stopped early. */
  export interface AcInstance extends PromiseLike<AcResult> {
    stop(): void;
  }

  function autocannon(opts: AcOptions): AcInstance;
  export default autocannon;
}
