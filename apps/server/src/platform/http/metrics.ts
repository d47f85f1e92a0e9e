import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DB } from '../db/schema';
import { metricsAddressAllowed, type MetricsAccess } from './metrics-access';

/** Connections of the database pool: PGlite is one session, PostgreSQL a pool of them. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface MetricsOptions {
  access: MetricsAccess;
  db: Kysely<DB>;
  /** The pool's use now; absent in tests that build the app on a database they opened themselves. */
  poolStats?: () => PoolStats;
}

/** Requests with no route (404s of random URLs) share one label, so scanners cannot grow the series without end. */
const UNMATCHED = 'unmatched';

/**
 * Prometheus metrics at `GET /metrics`: requests and their latency by route pattern and status class, the database
 * pool, the job queue and the process. Each app has its own registry (tests build several apps in one process).
 * Answered only with the bearer token (KC_METRICS_TOKEN) or to an allowed address (KC_METRICS_ALLOW); with neither
 * configured it answers 404 as if it did not exist.
 */
export function registerMetrics(app: FastifyInstance, opts: MetricsOptions): void {
  const { token, allow } = opts.access;
  if (!token && allow.length === 0) {
    // Not configured: no collectors or hooks costing anything, and a 404 (not the web app's page, which the
    // not-found handler would send to a GET outside /api).
    app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
      reply.status(404).send({ error: { code: 'NOT_FOUND', message: '接口不存在' } }),
    );
    return;
  }
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kc_' });
  const labelNames = ['method', 'route', 'status_class'] as const;
  const requests = new Counter({
    name: 'kc_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status class',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'kc_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern and status class',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  registerPoolGauges(registry, opts.poolStats);
  registerQueueGauges(registry, opts.db);

  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    const labels = {
      method: req.method,
      route: req.routeOptions.url ?? UNMATCHED,
      status_class: `${Math.floor(reply.statusCode / 100)}xx`,
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, token) && !metricsAddressAllowed(allow, req.ip)) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send({ error: { code: 'UNAUTHENTICATED', message: '访问监控指标（/metrics）须提供有效的监控令牌' } });
    }
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
}

function registerPoolGauges(registry: Registry, poolStats: (() => PoolStats) | undefined): void {
  if (!poolStats) return;
  const gauge = (name: string, help: string, pick: (s: PoolStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(pick(poolStats()));
      },
    });
  gauge('kc_db_pool_connections_total', 'Database connections open (PGlite: its one session)', (s) => s.total);
  gauge('kc_db_pool_connections_idle', 'Database connections open and idle', (s) => s.idle);
  gauge('kc_db_pool_waiting_requests', 'Queries waiting for a database connection', (s) => s.waiting);
}

function registerQueueGauges(registry: Registry, db: Kysely<DB>): void {
  // Two small reads per scrape, on job_status_idx; each gauge reads its own so neither shows the previous scrape.
  new Gauge({
    name: 'kc_jobs_queued',
    help: 'Jobs waiting in the queue',
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from job where status = 'queued'`.execute(db);
      this.set(rows[0]?.n ?? 0);
    },
  });
  new Gauge({
    name: 'kc_jobs_oldest_queued_age_seconds',
    help: 'Age of the oldest queued job (0 when the queue is empty)',
    registers: [registry],
    async collect() {
      const { rows } = await sql<{ age: number | null }>`
        select extract(epoch from now() - min(created_at))::float8 as age from job where status = 'queued'`.execute(db);
      this.set(Math.max(0, rows[0]?.age ?? 0));
    },
  });
}

// Compared as hashes: equal length for timingSafeEqual, and no early exit that tells how much of a guess was right.
function bearerMatches(header: string | undefined, token: string | null): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length).trim()), digest(token));
}
