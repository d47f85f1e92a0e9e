import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildOptions } from '../src/app';
import type { App } from '../src/platform/http/types';
import { ADMIN_ROLES } from '@kechuang/domain';
import { newTotpSecret, totpCodeOf } from '../src/modules/auth/totp/totp-code';
import { personalData } from '../src/platform/crypto/personal-data';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { openTestDatabase } from './test-db';

/** A signed-in (or anonymous) caller: keeps the session cookie and sends the CSRF token on mutations. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private app: App) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    let res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.statusCode === 200 && res.json().secondFactor) {
      res = await this.request('POST', '/api/v1/auth/login/totp', {
        challenge: res.json().challenge,
        code: await currentTotpCode(this.app, username),
      });
    }
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
  /** Posts one file as multipart/form-data (field `file`). */
  upload(url: string, fileName: string, data: Buffer, opts: { csrf?: boolean } = {}) {
    const boundary = `----kc${randomUUID().replace(/-/g, '')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    const payload = Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && opts.csrf !== false) headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ method: 'POST', url, headers, payload });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}, opts?: { csrf?: boolean }) => this.request('POST', url, body, opts);
  put = (url: string, body: unknown, opts?: { csrf?: boolean }) => this.request('PUT', url, body, opts);
  del = (url: string, opts?: { csrf?: boolean }) => this.request('DELETE', url, undefined, opts);
}

/**
 * The account's current TOTP code, from its stored secret (the demo administrators are enrolled). Tests sign in as
 * one account more often than once a 30-second step, so the used step is cleared first; totp.test.ts tests the
 * refusal of a replayed code through the API instead.
 */
async function currentTotpCode(app: App, username: string): Promise<string> {
  const row = await app.db
    .selectFrom('user_totp as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select(['t.user_id', 't.secret_sealed'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  await app.db.updateTable('user_totp').set({ last_step: null }).where('user_id', '=', row.user_id).execute();
  return totpCodeOf(personalData().open(row.secret_sealed));
}

/** A test app on its own fresh database; call `close()` in afterAll. */
export async function createTestApp(
  opts: Pick<BuildOptions, 'modules' | 'trustedProxies' | 'metrics' | 'logLevel' | 'logStream'> = {},
) {
  const database = await openTestDatabase();
  const app = await buildApp({
    db: database.db,
    webDist: null,
    logLevel: 'error',
    poolStats: database.poolStats,
    ...opts,
  });
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
    /** Adds a user (the demo staff's password, no forced change) of a role and region, and signs in as them. */
    async addUser(o: { username: string; role: string; region?: string; enterpriseId?: number | null; name?: string }) {
      const base = await database.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('username', '=', 'staff')
        .executeTakeFirstOrThrow();
      const user = await database.db
        .insertInto('app_user')
        .values({
          username: o.username,
          display_name: o.name ?? o.username,
          password_hash: base.password_hash,
          region_code: o.region ?? '621122',
          enterprise_id: o.enterpriseId ?? null,
          must_change_password: false,
          created_by: null,
          updated_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await database.db.insertInto('user_role').values({ user_id: user.id, role_code: o.role }).execute();
      // Administrators sign in with a TOTP code, as the demo's do (security.totp_required_for_admins).
      if ((ADMIN_ROLES as readonly string[]).includes(o.role)) {
        const secret = personalData().seal(newTotpSecret());
        await database.db
          .insertInto('user_totp')
          .values({ user_id: user.id, secret_sealed: secret, enrolled_at: new Date() })
          .execute();
      }
      return this.as(o.username);
    },
    async close() {
      await app.jobs.stop();
      await app.close();
      await database.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
