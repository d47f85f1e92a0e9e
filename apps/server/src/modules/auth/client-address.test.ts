import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { loadConfig } from '../../platform/config';

/** Which address the audit writes about a client: the connection's, unless a configured proxy forwarded it. */
const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));

async function signInFrom(t: TestApp, forwardedFor: string): Promise<string | null> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { username: 'staff', password: 'Kechuang@2022' },
  });
  expect(res.statusCode).toBe(200);
  const row = await t.db
    .selectFrom('audit_log')
    .select('ip')
    .where('action', '=', 'auth.login')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.ip;
}

describe('X-Forwarded-For', () => {
  it('is ignored when no proxy is trusted: a client cannot choose the address written about it', async () => {
    const t = await createTestApp();
    apps.push(t);
    expect(await signInFrom(t, '203.0.113.9')).toBe('127.0.0.1');
  });

  it('names the client when the request came through a trusted proxy', async () => {
    const t = await createTestApp({ trustedProxies: ['127.0.0.1'] });
    apps.push(t);
    expect(await signInFrom(t, '203.0.113.9')).toBe('203.0.113.9');
  });

  it('trusts no proxy by default, and the ones listed in KC_TRUSTED_PROXIES or --trusted-proxies', () => {
    expect(loadConfig([], {}).trustedProxies).toEqual([]);
    expect(loadConfig([], { KC_TRUSTED_PROXIES: '10.0.0.5, 10.0.1.0/24' }).trustedProxies).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
    ]);
    expect(loadConfig(['--trusted-proxies', '192.168.1.1']).trustedProxies).toEqual(['192.168.1.1']);
  });
});
