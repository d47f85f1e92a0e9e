import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { composeCreditCode } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningBrowser } from './support/browser';
import { visible } from './support/expect-ui';
import { openPage, signIn } from './support/flows';
import { hasHaproxy, startHaproxy, type RunningProxy } from './support/haproxy';
import { explainFailures } from './support/on-failure';
import { apiLogin, type ApiSession } from './support/project-api';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const PASSWORD = 'Kechuang@2022';
const PG_URL = process.env.KC_TEST_PG_URL;
const WRITES = 240;

const urlFor = (database: string) => {
  const url = new URL(PG_URL!);
  url.pathname = `/${database}`;
  return url.toString();
};
async function onServer<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A valid credit code of 陇西县, numbered n. */
const creditCode = (n: number) => composeCreditCode('621122', `MA${String(n).padStart(6, '0')}`);

const request = (base: string, s: ApiSession, method: string, path: string, body?: unknown) =>
  fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Two instances of the real server on one PostgreSQL behind Debian's HAProxy, one killed in the middle of a write
// load: docs/deploy.md §3–4. Needs a PostgreSQL server (KC_TEST_PG_URL, set by .ci/run) and haproxy.
describe.skipIf(!PG_URL || !hasHaproxy())('two instances behind HAProxy', () => {
  const database = `kc_e2e_two_${randomBytes(4).toString('hex')}`;
  let a: RunningServer | undefined;
  let b: RunningServer | undefined;
  let proxy: RunningProxy | undefined;
  let browser: RunningBrowser | undefined;
  let portA = 0;

  beforeAll(async () => {
    ensureWebBuilt();
    await onServer(PG_URL!, (c) => c.query(`create database ${database}`));
    const databaseUrl = urlFor(database);
    const shared = ['--trusted-proxies', '127.0.0.1'];
    a = await startServer({ databaseUrl, args: shared }); // seeds the demo once
    b = await startServer({ databaseUrl, args: [...shared, '--no-demo'] });
    portA = Number(new URL(a.base).port);
    proxy = await startHaproxy([
      { name: 'a', port: portA },
      { name: 'b', port: Number(new URL(b.base).port) },
    ]);
    browser = await launchBrowser({ width: 1366, height: 900 });
  }, 240_000);

  explainFailures(() => ({ page: browser?.page, server: b }));

  afterAll(async () => {
    await Promise.allSettled([browser?.close(), proxy?.stop(), a?.stop(), b?.stop()]);
    await onServer(PG_URL!, (c) => c.query(`drop database if exists ${database} with (force)`));
  });

  it('keeps every acknowledged write and every session when an instance dies mid-load', async () => {
    const front = proxy!.base;
    // A person in the browser, through the proxy.
    const page = browser!.page;
    await signIn(page, front, 'staff', PASSWORD);
    await openPage(page, front, '/enterprise/list');
    await visible(page.locator('.ant-table-row').first());

    const staff = await apiLogin(front, 'staff', PASSWORD);
    const acknowledged: string[] = [];
    const refused: number[] = [];
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (next < WRITES) {
        const n = next++;
        if (!killed && acknowledged.length >= WRITES / 4) {
          killed = true;
          await a!.kill(); // SIGKILL: requests in flight on it die with it
        }
        const code = creditCode(n + 1);
        try {
          const res = await request(front, staff, 'POST', '/enterprises', {
            name: `双实例压测企业${n + 1}`,
            creditCode: code,
            regionCode: '621122',
            townshipCode: '621122100000',
            industryCode: 'C2730',
            tags: [],
          });
          if (res.ok) acknowledged.push(code);
          else refused.push(res.status);
        } catch {
          refused.push(0); // the proxy closed the connection
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, writer));
    expect(killed).toBe(true);
    // Only what was in flight on the killed instance may fail; everything after goes to the other one.
    expect(refused.length, `refused: ${refused.join(',')}`).toBeLessThanOrEqual(12);
    expect(acknowledged.length).toBeGreaterThanOrEqual(WRITES - 12);

    const stored = await onServer(urlFor(database), async (c) => {
      const { rows } = await c.query<{ credit_code: string }>(
        `select credit_code from enterprise where name like '双实例压测企业%'`,
      );
      return new Set(rows.map((r) => r.credit_code));
    });
    expect(acknowledged.filter((code) => !stored.has(code))).toEqual([]);

    // The sessions opened before the kill still work: the API's and the browser's.
    expect((await request(front, staff, 'GET', '/auth/me')).status).toBe(200);
    await page.reload();
    await visible(page.getByText('双实例压测企业').first());
    expect(new URL(page.url()).pathname).toBe('/enterprise/list');
  });

  it('refuses a revoked session on both instances at once', async () => {
    a = await startServer({
      databaseUrl: urlFor(database),
      port: portA,
      args: ['--trusted-proxies', '127.0.0.1', '--no-demo'],
    });
    const session = await apiLogin(proxy!.base, 'leader', PASSWORD);
    // Each instance has the session in its 5-second cache.
    for (const base of [a.base, b!.base]) expect((await request(base, session, 'GET', '/auth/me')).status).toBe(200);
    expect((await request(a.base, session, 'POST', '/auth/logout')).status).toBe(200);
    expect((await request(a.base, session, 'GET', '/auth/me')).status).toBe(401);
    // The other instance hears of it through PostgreSQL (NOTIFY), long before its cache would lapse.
    const started = Date.now();
    await until(
      'the second instance refuses the revoked session',
      async () => {
        return (await request(b!.base, session, 'GET', '/auth/me')).status === 401;
      },
      1_000,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('ran each daily job once, for three starts of two instances', async () => {
    const runs = await onServer(urlFor(database), async (c) => {
      const { rows } = await c.query<{ job_name: string; runs: number; queued: number }>(
        `select s.job_name, count(distinct s.period_key)::int as runs,
                (select count(*)::int from job j where j.type = s.job_name) as queued
           from job_schedule_run s group by s.job_name order by s.job_name`,
      );
      return rows;
    });
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(r, r.job_name).toMatchObject({ runs: 1, queued: 1 });
  });
});
