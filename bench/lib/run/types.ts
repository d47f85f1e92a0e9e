import type { AcRequest } from 'autocannon';
import type { RunControl } from './load';
import type { Manifest } from '../gen/generate';
import type { Scale, Target } from '../scales';

export type SideName = 'product' | 'baseline';

/** One server under load: the product (signed in) or the raw baseline (no auth). */
export interface Side {
  name: SideName;
  base: string;
  /** Headers every request carries: the session cookie and CSRF token on the product, nothing on the baseline. */
  headers: Record<string, string>;
}

export interface RunEnv {
  scale: Scale;
  target: Target;
  manifest: Manifest;
  /** State operations keep between runs (row versions, chosen URLs). */
  state: Record<string, unknown>;
  log(message: string): void;
}

/** A target from issue 6 for one operation. */
export interface OpTarget {
  p99Ms?: number;
  minRatio?: number;
  text: string;
}

/**
 * One load scenario, driven by autocannon with fixed connections and duration against both sides. The
 * same paths and bodies go to the product and the baseline (the baseline serves the same paths).
 */
export interface LoadOp {
  key: string;
  title: string;
  /** Requests that make one operation (c is detail + qualifications). */
  requestsPerOp: number;
  target: (backend: 'postgres' | 'pglite') => OpTarget;
  /** Why it cannot run yet (module being built), or null. */
  pendingReason(env: RunEnv, product: Side): Promise<string | null>;
  /** Once, against the product, before the first run (choose URLs, read versions). */
  prepare?(env: RunEnv, product: Side): Promise<void>;
  requests(env: RunEnv, side: Side, control: RunControl): AcRequest[];
  /** For operations that use rows up: the most requests the next run may send. */
  maxRequests?(env: RunEnv): number;
  /** After each run on a side: put things straight for the next run (resync versions); returns counters. */
  settle?(env: RunEnv, side: Side): Promise<Record<string, number>>;
  /** Counters gathered during the last run (409s…), reset by `requests`. */
  counters?(env: RunEnv): Record<string, number>;
}

export async function call(side: Side, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${side.base}${path}`, {
    method,
    headers: { ...side.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function callJson<T>(side: Side, method: string, path: string, body?: unknown): Promise<T> {
  const res = await call(side, method, path, body);
  const text = await res.text();
  if (!res.ok) throw new Error(`${side.name} ${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}
