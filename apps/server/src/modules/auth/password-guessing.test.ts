import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

/** Guessing passwords (issue: the probe's lockout bypass, enumeration, unlimited old-password guesses, sessions). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_hit').execute();
  await t.db.updateTable('app_user').set({ failed_count: 0, locked_until: null }).execute();
});

const lockState = (username: string) =>
  t.db
    .selectFrom('app_user')
    .select(['failed_count', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();

async function setPolicy(key: string, value: string) {
  const sec = await t.as('secadmin');
  const p = (await sec.get('/api/v1/security/policy')).json().find((x: { key: string }) => x.key === key);
  expect(p, key).toBeDefined();
  expect((await sec.put(`/api/v1/security/policy/${key}`, { version: p.version, value })).statusCode).toBe(200);
}

describe('the account lockout under parallel guesses', () => {
  it('counts 24 wrong passwords sent at once, locks, and then refuses the right password (423)', async () => {
    const guesses = await Promise.all(Array.from({ length: 24 }, () => t.client().login('expert', 'Wrong#2022')));
    const statuses = guesses.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(24 - 4);
    const state = await lockState('expert');
    expect(state.locked_until!.getTime()).toBeGreaterThan(Date.now());
    const right = await t.client().login('expert');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/分钟后再试/);
  });
});

describe('names that are no account', () => {
  it('answer every attempt exactly as a real account does, up to the same lock', async () => {
    for (let i = 1; i <= 5; i++) {
      const real = await t.client().login('leader', `Wrong#${i}`);
      const ghost = await t.client().login('no-such-person', `Wrong#${i}`);
      expect(ghost.statusCode).toBe(real.statusCode);
      expect(ghost.json().error).toEqual(real.json().error);
    }
    expect((await t.client().login('leader')).statusCode).toBe(423);
    const locked = await t.client().login('no-such-person', 'Anything#1');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('cost one password hash like a real account (no fast answer that tells the name is unknown)', async () => {
    const median = async (username: string) => {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        await t.db.deleteFrom('rate_limit_hit').execute();
        await t.db.updateTable('app_user').set({ failed_count: 0, locked_until: null }).execute();
        const start = performance.now();
        await t.client().login(username, 'Wrong#2022');
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[3];
    };
    await median('staff'); // warm both paths (the dummy hash is made once)
    await median('ghost-user');
    const real = await median('staff');
    const ghost = await median('ghost-user');
    // Before the fix an unknown name answered in a fifth of the time (no hash was checked).
    expect(ghost).toBeGreaterThan(real * 0.5);
  });
});

describe('failures from one address', () => {
  it('pause sign-in from it with 429 once the policy’s limit is reached, whatever the names', async () => {
    await setPolicy('security.sign_in_failures_per_address', '6');
    try {
      for (let i = 0; i < 6; i++) expect((await t.client().login(`guess-${i}`, 'Wrong#1')).statusCode).toBe(401);
      const next = await t.client().login('staff');
      expect(next.statusCode).toBe(429);
      expect(next.json().error.message).toMatch(/失败次数过多，请 \d+ 分钟后再试/);
      const hits = await t.db
        .selectFrom('rate_limit_hit')
        .selectAll()
        .where('key', 'like', 'failures-from:%')
        .execute();
      expect(hits.map((h) => h.hits)).toEqual([6]);
    } finally {
      await t.db.deleteFrom('rate_limit_hit').execute();
      await setPolicy('security.sign_in_failures_per_address', '30');
    }
  });

  it('does not count good sign-ins', async () => {
    for (let i = 0; i < 8; i++) expect((await t.client().login('staff')).statusCode).toBe(200);
    expect(await t.db.selectFrom('rate_limit_hit').selectAll().execute()).toEqual([]);
  });
});

describe('changing one’s password', () => {
  it('refuses old-password guesses past the policy’s limit (429), even the right one', async () => {
    const me = await t.as('tpy');
    for (let i = 0; i < 5; i++) {
      const r = await me.post('/api/v1/auth/change-password', {
        oldPassword: `Wrong#${i}`,
        newPassword: 'Better#2026x',
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.message).toBe('原密码不正确');
    }
    const right = await me.post('/api/v1/auth/change-password', {
      oldPassword: 'Kechuang@2022',
      newPassword: 'Better#2026x',
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toMatch(/原密码错误次数过多/);
  });

  it('refuses a common password as the new one (400 naming the field)', async () => {
    const me = await t.as('leader');
    const res = await me.post('/api/v1/auth/change-password', {
      oldPassword: 'Kechuang@2022',
      newPassword: 'P@ssw0rd',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'newPassword', message: '该密码过于常见，容易被猜中，请换一个' },
    ]);
  });

  it('ends every other session of the account and keeps the changer’s', async () => {
    const user = await t.addUser({ username: 'pw-change-user', role: 'staff' });
    const other = await t.as('pw-change-user');
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200);
    const res = await user.post('/api/v1/auth/change-password', {
      oldPassword: 'Kechuang@2022',
      newPassword: 'Changed#2026',
    });
    expect(res.statusCode).toBe(200);
    expect((await user.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('an administrator’s reset', () => {
  it('ends every session of the account, for good', async () => {
    const before = await t.addUser({ username: 'pw-reset-user', role: 'staff' });
    expect((await before.get('/api/v1/auth/me')).statusCode).toBe(200);
    const admin = await t.as('admin');
    const row = await t.db
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where('username', '=', 'pw-reset-user')
      .executeTakeFirstOrThrow();
    const reset = await admin.post(`/api/v1/users/${row.id}/reset-password`, {
      version: row.version,
      newPassword: 'Reset#2026ab',
    });
    expect(reset.statusCode).toBe(200);
    expect((await before.get('/api/v1/auth/me')).statusCode).toBe(401);
    // The user signs in with the reset password and sets a new one: the old session stays dead.
    const fresh = t.client();
    expect((await fresh.login('pw-reset-user', 'Reset#2026ab')).statusCode).toBe(200);
    const changed = await fresh.post('/api/v1/auth/change-password', {
      oldPassword: 'Reset#2026ab',
      newPassword: 'Mine#2026abc',
    });
    expect(changed.statusCode).toBe(200);
    expect((await before.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});
