import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import type { App } from '../src/platform/http/types';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { openTestDatabase } from './test-db';

/** A signed-in (or anonymous) caller: keeps the session cookie and sends the CSRF token on mutations. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private app: App) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.statusCode === 200) {
      const set = res.headers['set-cookie'];
      const first = Array.isArray(set) ? set[0] : set;
      this.cookie = first?.split(';')[0] ?? null;
      this.csrf = res.json().csrfToken;
    }
    return res;
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, opts: { csrf?: boolean } = {}) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf && opts.csrf !== false) headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}, opts?: { csrf?: boolean }) => this.request('POST', url, body, opts);
  put = (url: string, body: unknown, opts?: { csrf?: boolean }) => this.request('PUT', url, body, opts);
  del = (url: string, opts?: { csrf?: boolean }) => this.request('DELETE', url, undefined, opts);
}

/** A test app on its own fresh database; call `close()` in afterAll. */
export async function createTestApp() {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db, webDist: null, logLevel: 'error' });
  await app.ready();
  return {
    app,
    db: database.db,
    kind: database.kind,
    url: database.url,
    client: () => new TestClient(app),
    /** A client already signed in as a demo account. */
    async as(username: string) {
      const c = new TestClient(app);
      const res = await c.login(username);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      return c;
    },
    async close() {
      await app.jobs.stop();
      await app.close();
      await database.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
