import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/harness';
import { sessionCacheGeneration } from '../../platform/auth/session.cache';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const auditCount = async (action: string) =>
  Number(
    (
      await t.db
        .selectFrom('audit_log')
        .where('action', '=', action)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const sessionCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('user_session')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and returns the CSRF token and menu', async () => {
    const c = t.client();
    const res = await c.login('admin');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/kc_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = res.json();
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.user.roles).toEqual(['sysadmin']);
    expect(body.user.regionName).toBe('陇西县');
    expect(JSON.stringify(body.user.menu)).toContain('用户管理');
    const me = await c.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('admin');
  });

  it('refuses a wrong password with a Chinese message, logs it, and opens no session', async () => {
    const sessions = await sessionCount();
    const failures = await auditCount('auth.login');
    const res = await t.client().login('staff', 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(res.json().error.message).toContain('用户名或密码错误');
    expect(await sessionCount()).toBe(sessions);
    expect(await auditCount('auth.login')).toBe(failures + 1);
    const last = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last.result).toBe('failure');
    expect(last.actor_name).toBe('staff');
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    const res = await t.client().login('nobody', 'whatever1A!');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('用户名或密码错误，再错 4 次账号将被锁定');
  });

  it('locks the account after 5 failures for 15 minutes (423), even for the right password', async () => {
    await t.db
      .updateTable('app_user')
      .set({ failed_count: 0, locked_until: null })
      .where('username', '=', 'expert')
      .execute();
    for (let i = 1; i <= 4; i++) {
      const r = await t.client().login('expert', 'bad');
      expect(r.statusCode).toBe(401);
      expect(r.json().error.message).toContain(`再错 ${5 - i} 次`);
    }
    const fifth = await t.client().login('expert', 'bad');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await t.client().login('expert');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/分钟后再试/);
    const user = await t.db
      .selectFrom('app_user')
      .select('locked_until')
      .where('username', '=', 'expert')
      .executeTakeFirstOrThrow();
    const minutes = (user.locked_until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // When the lock runs out, the right password works again.
    await t.db
      .updateTable('app_user')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('username', '=', 'expert')
      .execute();
    expect((await t.client().login('expert')).statusCode).toBe(200);
  });

  it('takes the lockout threshold from the security policy the security admin sets', async () => {
    const sec = await t.as('secadmin');
    const policy = (await sec.get('/api/v1/security/policy')).json();
    const p = policy.find((x: { key: string }) => x.key === 'security.max_failed_attempts');
    expect((await sec.put(`/api/v1/security/policy/${p.key}`, { version: p.version, value: '3' })).statusCode).toBe(
      200,
    );
    for (let i = 0; i < 2; i++) expect((await t.client().login('tpy', 'bad')).statusCode).toBe(401);
    expect((await t.client().login('tpy', 'bad')).statusCode).toBe(423);
    const back = (await sec.get('/api/v1/security/policy')).json().find((x: { key: string }) => x.key === p.key);
    await sec.put(`/api/v1/security/policy/${p.key}`, { version: back.version, value: '5' });
    await t.db
      .updateTable('app_user')
      .set({ failed_count: 0, locked_until: null })
      .where('username', '=', 'tpy')
      .execute();
  });

  it('refuses an out-of-range policy value with a message naming the setting', async () => {
    const sec = await t.as('secadmin');
    const p = (await sec.get('/api/v1/security/policy'))
      .json()
      .find((x: { key: string }) => x.key === 'security.idle_timeout_minutes');
    const res = await sec.put(`/api/v1/security/policy/${p.key}`, { version: p.version, value: '0' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('空闲超时（分钟）不能小于 1');
  });
});

describe('sessions', () => {
  it('expires a session idle for longer than the timeout (401) and revokes it', async () => {
    const c = await t.as('leader');
    await t.db
      .updateTable('user_session')
      .set({ last_seen_at: sql<Date>`now() - interval '31 minutes'` })
      .where('revoked_at', 'is', null)
      .where(
        'user_id',
        '=',
        (await t.db.selectFrom('app_user').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow()).id,
      )
      .execute();
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    expect(res.json().error.message).toContain('超时');
  });

  it('keeps a session that is used within the timeout', async () => {
    const c = await t.as('leader');
    await t.db
      .updateTable('user_session')
      .set({ last_seen_at: sql<Date>`now() - interval '29 minutes'` })
      .where('revoked_at', 'is', null)
      .execute();
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('ends a session at its absolute lifetime', async () => {
    const c = await t.as('leader');
    await t.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('revoked_at', 'is', null)
      .execute();
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('signs out: the cookie no longer works', async () => {
    const c = await t.as('staff');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
  });

  it('lets the security admin list online users and force one off', async () => {
    const victim = await t.as('staff');
    const sec = await t.as('secadmin');
    const list = (await sec.get('/api/v1/sessions')).json() as { id: string; username: string }[];
    const s = list.find((x) => x.username === 'staff');
    expect(s).toBeDefined();
    expect((await sec.del(`/api/v1/sessions/${s!.id}`)).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect(await auditCount('session.revoke')).toBeGreaterThan(0);
  });
});

describe('CSRF', () => {
  it('refuses a mutation without the CSRF token (403) and changes nothing', async () => {
    const admin = await t.as('admin');
    const before = await t.db
      .selectFrom('dict_type')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await admin.post('/api/v1/dicts', { code: 'csrf_probe', name: '探针' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    expect(res.json().error.message).toContain('CSRF');
    const after = await t.db
      .selectFrom('dict_type')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const denied = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access.denied')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(denied.details).toMatchObject({ code: 'CSRF_INVALID' });
  });

  it('refuses a wrong CSRF token and accepts the right one', async () => {
    const admin = await t.as('admin');
    admin.csrf = 'forged';
    expect((await admin.post('/api/v1/dicts', { code: 'csrf_probe', name: '探针' })).statusCode).toBe(403);
    const ok = await t.as('admin');
    expect((await ok.post('/api/v1/dicts', { code: 'csrf_probe', name: '探针' })).statusCode).toBe(200);
  });

  it('does not accept the CSRF token of another session', async () => {
    const a = await t.as('admin');
    const b = await t.as('admin');
    a.csrf = b.csrf;
    expect((await a.post('/api/v1/dicts', { code: 'csrf_probe2', name: '探针' })).statusCode).toBe(403);
  });
});

describe('initial password', () => {
  it('forces an account created by an admin to change its password before anything else', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/v1/users', {
      username: 'newstaff',
      displayName: '新同事',
      regionCode: '621122',
      initialPassword: 'Init#2026pw',
    });
    expect(created.statusCode).toBe(200);
    expect(created.json().mustChangePassword).toBe(true);
    const sec = await t.as('secadmin');
    expect(
      (await sec.put(`/api/v1/users/${created.json().id}/roles`, { version: created.json().version, roles: ['staff'] }))
        .statusCode,
    ).toBe(200);

    const user = t.client();
    const login = await user.login('newstaff', 'Init#2026pw');
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const blocked = await user.get('/api/v1/dicts');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await user.post('/api/v1/auth/change-password', { oldPassword: 'Init#2026pw', newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('密码长度至少 8 位');
    const wrongOld = await user.post('/api/v1/auth/change-password', {
      oldPassword: 'nope',
      newPassword: 'Better#2026pw',
    });
    expect(wrongOld.json().error.message).toBe('原密码不正确');
    const ok = await user.post('/api/v1/auth/change-password', {
      oldPassword: 'Init#2026pw',
      newPassword: 'Better#2026pw',
    });
    expect(ok.statusCode).toBe(200);
    expect((await user.get('/api/v1/dicts')).statusCode).toBe(200);
    expect((await t.client().login('newstaff', 'Better#2026pw')).json().user.mustChangePassword).toBe(false);
  });
});

// Resolved sessions are cached in-process for a few seconds (platform/auth/session.cache.ts): each case reads
// first, so the session is cached, and the change must still take effect on the very next request.
describe('cached sessions', () => {
  it('sign-out takes effect at once after a cached read', async () => {
    const c = await t.as('tpy');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('a forced sign-out takes effect at once after a cached read', async () => {
    const victim = await t.as('expert');
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    const sec = await t.as('secadmin');
    const s = ((await sec.get('/api/v1/sessions')).json() as { id: string; username: string }[]).find(
      (x) => x.username === 'expert',
    );
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await sec.del(`/api/v1/sessions/${s!.id}`)).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('disabling a user takes effect at once after a cached read', async () => {
    const victim = await t.as('expert2');
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    const admin = await t.as('admin');
    const user = await t.db
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where('username', '=', 'expert2')
      .executeTakeFirstOrThrow();
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    const res = await admin.put(`/api/v1/users/${user.id}`, { version: user.version, status: 'disabled' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('granting a role takes effect at once after a cached read', async () => {
    const user = await t.as('expert3');
    expect((await user.get('/api/v1/auth/me')).json().user.roles).toEqual(['expert']);
    const sec = await t.as('secadmin');
    const row = await t.db
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where('username', '=', 'expert3')
      .executeTakeFirstOrThrow();
    const res = await sec.put(`/api/v1/users/${row.id}/roles`, {
      version: row.version,
      roles: ['expert', 'commissioner'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await user.get('/api/v1/auth/me')).json().user.roles.sort()).toEqual(['commissioner', 'expert']);
  });

  it('keeps sessions cached across a business write (only account changes empty the cache)', async () => {
    const staff = await t.as('staff');
    const e = await t.db
      .selectFrom('enterprise')
      .select(['id', 'version'])
      .where('region_code', '=', '621122')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await staff.get('/api/v1/auth/me');
    const before = sessionCacheGeneration();
    const res = await staff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      address: '陇西县巩昌镇测试路 1 号',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(sessionCacheGeneration()).toBe(before);
    const admin = await t.as('admin');
    const row = await t.db
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where('username', '=', 'expert3')
      .executeTakeFirstOrThrow();
    expect(
      (await admin.put(`/api/v1/users/${row.id}`, { version: row.version, displayName: '赵专家' })).statusCode,
    ).toBe(200);
    expect(sessionCacheGeneration()).toBeGreaterThan(before);
  });

  it('does not write last_seen_at on every cached read', async () => {
    const c = await t.as('expert3');
    await c.get('/api/v1/auth/me');
    const seen = async () =>
      (
        await t.db
          .selectFrom('user_session as s')
          .innerJoin('app_user as u', 'u.id', 's.user_id')
          .select('s.last_seen_at')
          .where('u.username', '=', 'expert3')
          .where('s.revoked_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    const before = await seen();
    for (let i = 0; i < 5; i++) expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await seen()).getTime()).toBe(before.getTime());
  });
});
