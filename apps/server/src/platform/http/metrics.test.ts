import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { metricsAccessFrom, metricsAddressAllowed } from './metrics-access';

const TOKEN = 'scrape-secret-123';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ metrics: { token: TOKEN, allow: [] } });
});
afterAll(() => t?.close());

const scrape = (authorization?: string) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

/** The value of one sample line, e.g. `kc_http_requests_total{method="GET",route="/api/v1/x",status_class="2xx"}`. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : null;
}

describe('GET /metrics', () => {
  it('is refused without the token, or with a wrong one', async () => {
    const none = await scrape();
    expect(none.statusCode).toBe(401);
    expect(none.json().error.message).toContain('监控令牌');
    expect((await scrape('Bearer wrong')).statusCode).toBe(401);
    expect((await scrape(TOKEN)).statusCode).toBe(401); // the scheme is part of it
  });

  it('counts a request under its route pattern, not its URL, with latency and status class', async () => {
    const staff = await t.as('staff');
    const before = sample((await scrape(`Bearer ${TOKEN}`)).body, 'kc_http_requests_total', {
      route: '/api/v1/enterprises/:id',
      status_class: '4xx',
    });
    expect((await staff.get('/api/v1/enterprises/987654')).statusCode).toBe(404);
    expect((await staff.get('/api/v1/enterprises/987655')).statusCode).toBe(404);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const labels = { method: 'GET', route: '/api/v1/enterprises/:id', status_class: '4xx' };
    expect(sample(res.body, 'kc_http_requests_total', labels)).toBe((before ?? 0) + 2);
    expect(sample(res.body, 'kc_http_request_duration_seconds_count', labels)).toBe((before ?? 0) + 2);
    expect(res.body).not.toContain('987654');
  });

  it('reports the job queue, the database pool and process metrics', async () => {
    await t.db
      .insertInto('job')
      .values({
        type: 'test.metrics',
        title: '排队中的任务',
        payload: null,
        result: null,
        message: null,
        created_by: null,
        region_code: null,
        created_at: new Date(Date.now() - 120_000),
      })
      .execute();
    const body = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(Number(/^kc_jobs_queued (\d+)$/m.exec(body)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^kc_jobs_oldest_queued_age_seconds ([\d.e+]+)$/m.exec(body)?.[1])).toBeGreaterThanOrEqual(119);
    expect(body).toMatch(/^kc_process_cpu_user_seconds_total /m);
    // PGlite is one session; a PostgreSQL pool has at least the connection that answered the queue's count.
    const total = Number(/^kc_db_pool_connections_total (\d+)$/m.exec(body)?.[1]);
    if (t.kind === 'pglite') expect(total).toBe(1);
    else expect(total).toBeGreaterThanOrEqual(1);
    expect(body).toMatch(/^kc_db_pool_waiting_requests \d+$/m);
    await t.db.deleteFrom('job').where('type', '=', 'test.metrics').execute();
  });
});

describe('metrics access', () => {
  it('does not exist when neither a token nor addresses are configured', async () => {
    const bare = await createTestApp();
    try {
      expect((await bare.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it('opens to allowed addresses and ranges, IPv4 and IPv6, and refuses what is not an address', () => {
    const allow = metricsAccessFrom({ KC_METRICS_ALLOW: '10.0.0.0/8, 127.0.0.1,fd00::/8' }).allow;
    expect(metricsAddressAllowed(allow, '10.20.30.40')).toBe(true);
    expect(metricsAddressAllowed(allow, '::ffff:127.0.0.1')).toBe(true);
    expect(metricsAddressAllowed(allow, 'fd00::1')).toBe(true);
    expect(metricsAddressAllowed(allow, '192.168.1.1')).toBe(false);
    expect(metricsAddressAllowed([], '127.0.0.1')).toBe(false);
    expect(() => metricsAccessFrom({ KC_METRICS_ALLOW: '10.0.0.0/33' })).toThrow(/KC_METRICS_ALLOW/);
    expect(() => metricsAccessFrom({ KC_METRICS_ALLOW: 'localhost' })).toThrow(/不是 IP 地址/);
  });

  it('answers a request from an allowed address without a token', async () => {
    const open = await createTestApp({ metrics: { token: null, allow: ['127.0.0.1'] } });
    try {
      const res = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
      expect(res.statusCode).toBe(200);
      const other = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '192.168.9.9' });
      expect(other.statusCode).toBe(401);
    } finally {
      await open.close();
    }
  });
});
