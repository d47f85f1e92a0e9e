import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { CONTENT_SECURITY_POLICY } from './security-headers';

/** The headers of issue 20 item 11; the browser suite runs the whole web app under this policy. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustedProxies: ['127.0.0.1'] });
});
afterAll(() => t?.close());

describe('security headers', () => {
  it('sends the CSP, nosniff, no framing and a same-origin referrer, and no-store on API answers', async () => {
    const staff = await t.as('staff');
    const res = await staff.get('/api/v1/enterprises?pageSize=1');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('marks the session cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const login = (proto?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: proto ? { 'x-forwarded-proto': proto } : {},
        payload: { username: 'staff', password: 'Kechuang@2022' },
      });
    expect(String((await login('https')).headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(String((await login()).headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });
});
