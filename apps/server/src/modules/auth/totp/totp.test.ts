import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { totpCodeOf } from './totp-code';

/**
 * Issue 20 item 14: two-step verification (TOTP, RFC 6238). An account with it signs in with its password and then
 * a code; wrong and replayed codes are refused and count towards the lockout; recovery codes work once; the three
 * administrator roles must set it up while the security policy says so; the security admin resets a lost one.
 */
let t: TestApp;
let secadmin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  secadmin = await t.as('secadmin');
});
afterAll(() => t?.close());

const STEP_MS = 30_000;

/** A new account (the demo password, no forced change, no TOTP) of a role, and a client signed in as it. */
async function newAccount(username: string, role: string): Promise<{ id: number; client: TestClient }> {
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const user = await t.db
    .insertInto('app_user')
    .values({
      username,
      display_name: username,
      password_hash: base.password_hash,
      region_code: '621122',
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: user.id, role_code: role }).execute();
  const client = t.client();
  expect((await client.login(username)).statusCode).toBe(200);
  return { id: user.id, client };
}

/** Sets up TOTP through the API; answers the secret and the recovery codes. */
async function enrol(c: TestClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await c.post('/api/v1/auth/totp/start');
  expect(started.statusCode).toBe(200);
  const { secret, uri } = started.json();
  expect(uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
  // The code of the step before now: signing in right after may then use the current one.
  const confirmed = await c.post('/api/v1/auth/totp/confirm', { code: totpCodeOf(secret, Date.now() - STEP_MS) });
  expect(confirmed.statusCode).toBe(200);
  return { secret, recoveryCodes: confirmed.json().recoveryCodes };
}

const passwordStep = (username: string) =>
  t.client().request('POST', '/api/v1/auth/login', { username, password: 'Kechuang@2022' });
const failedCount = async (id: number) =>
  (await t.db.selectFrom('app_user').select('failed_count').where('id', '=', id).executeTakeFirstOrThrow())
    .failed_count;
const auditRows = (action: string, objectId: number) =>
  t.db
    .selectFrom('audit_log')
    .select(['result', 'details'])
    .where('action', '=', action)
    .where('object_id', '=', String(objectId))
    .orderBy('id')
    .execute();

describe('setting up two-step verification', () => {
  it('shows a QR link and secret once, refuses a wrong code in Chinese, and answers ten recovery codes', async () => {
    const { id, client } = await newAccount('totp_enrol', 'staff');
    expect((await client.get('/api/v1/auth/totp')).json()).toMatchObject({ enrolled: false, required: false });
    const started = (await client.post('/api/v1/auth/totp/start')).json();
    expect(started.uri).toContain(`secret=${started.secret}`);
    expect(started.uri).toContain('totp_enrol');
    const wrong = await client.post('/api/v1/auth/totp/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toContain('验证码不正确');
    const bad = await client.post('/api/v1/auth/totp/confirm', { code: '12ab' });
    expect(bad.statusCode).toBe(400);
    const ok = await client.post('/api/v1/auth/totp/confirm', { code: totpCodeOf(started.secret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().recoveryCodes).toHaveLength(10);
    expect(new Set(ok.json().recoveryCodes).size).toBe(10);
    expect((await client.get('/api/v1/auth/totp')).json()).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
    expect((await client.get('/api/v1/auth/me')).json().user.totpEnrolled).toBe(true);
    // Neither the secret nor a recovery code is stored or audited in the clear.
    const stored = JSON.stringify([
      await t.db.selectFrom('user_totp').selectAll().where('user_id', '=', id).execute(),
      await t.db.selectFrom('user_totp_recovery_code').selectAll().where('user_id', '=', id).execute(),
      await t.db.selectFrom('audit_log').select(['details', 'before', 'after']).execute(),
    ]);
    expect(stored).not.toContain(started.secret);
    expect(stored).not.toContain(ok.json().recoveryCodes[0]);
    expect((await auditRows('auth.totp.enrol', id)).length).toBe(1);
  });
});

describe('signing in with a second factor', () => {
  it('answers a challenge and no session after the password; the code opens the session', async () => {
    const { id, client } = await newAccount('totp_sign', 'staff');
    const { secret } = await enrol(client);
    const first = await passwordStep('totp_sign');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ secondFactor: 'totp' });
    expect(first.headers['set-cookie']).toBeUndefined();
    const c = t.client();
    const second = await c.request('POST', '/api/v1/auth/login/totp', {
      challenge: first.json().challenge,
      code: totpCodeOf(secret),
    });
    expect(second.statusCode).toBe(200);
    expect(String(second.headers['set-cookie'])).toMatch(/kc_sid=/);
    expect(second.json().user.username).toBe('totp_sign');
    const logins = await auditRows('auth.login', id);
    expect(logins.at(-1)).toMatchObject({ result: 'success', details: { secondFactor: 'totp' } });
    // The challenge is spent with the sign-in.
    const again = await c.request('POST', '/api/v1/auth/login/totp', {
      challenge: first.json().challenge,
      code: totpCodeOf(secret, Date.now() + STEP_MS),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toContain('重新输入用户名和密码');
  });

  it('refuses a wrong code in Chinese, audits it, and counts it towards the lockout with wrong passwords', async () => {
    const { id, client } = await newAccount('totp_wrong', 'staff');
    const { secret } = await enrol(client);
    const { challenge } = (await passwordStep('totp_wrong')).json();
    const wrongCode = String((Number(totpCodeOf(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    const wrong = await t.client().request('POST', '/api/v1/auth/login/totp', { challenge, code: wrongCode });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'TOTP_INVALID' });
    expect(wrong.json().error.message).toMatch(/动态验证码错误.*再错 4 次账号将被锁定/);
    expect(await failedCount(id)).toBe(1);
    // A wrong password counts on the same counter.
    await t.client().request('POST', '/api/v1/auth/login', { username: 'totp_wrong', password: 'Wrong#2026' });
    expect(await failedCount(id)).toBe(2);
    for (let i = 0; i < 2; i++) {
      await t.client().request('POST', '/api/v1/auth/login/totp', { challenge, code: wrongCode });
    }
    const fifth = await t.client().request('POST', '/api/v1/auth/login/totp', { challenge, code: wrongCode });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('账号已锁定');
    // Locked: even the right code is refused now.
    const right = await t.client().request('POST', '/api/v1/auth/login/totp', { challenge, code: totpCodeOf(secret) });
    expect(right.statusCode).toBe(423);
    const failures = (await auditRows('auth.login', id)).filter((r) => r.result === 'failure');
    expect(failures.map((r) => (r.details as { reason: string }).reason)).toEqual([
      '动态验证码错误',
      '密码错误',
      '动态验证码错误',
      '动态验证码错误',
      '动态验证码错误，账号锁定',
      '账号已锁定',
    ]);
  });

  it('refuses a malformed second step with 400 and a Chinese message, and a lapsed challenge', async () => {
    const c = t.client();
    const bad = await c.request('POST', '/api/v1/auth/login/totp', { challenge: 'x', code: '12a' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('请输入验证器显示的 6 位数字验证码');
    const none = await c.request('POST', '/api/v1/auth/login/totp', { challenge: 'x' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('请输入 6 位动态验证码或一个恢复码');
    const unknown = await c.request('POST', '/api/v1/auth/login/totp', { challenge: 'no-such', code: '123456' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('登录验证已过期');
  });

  it('refuses a code used once already (a replay), even in a new sign-in', async () => {
    const { client } = await newAccount('totp_replay', 'staff');
    const { secret } = await enrol(client);
    const code = totpCodeOf(secret);
    const first = (await passwordStep('totp_replay')).json();
    const ok = await t.client().request('POST', '/api/v1/auth/login/totp', { challenge: first.challenge, code });
    expect(ok.statusCode).toBe(200);
    const second = (await passwordStep('totp_replay')).json();
    const replay = await t.client().request('POST', '/api/v1/auth/login/totp', { challenge: second.challenge, code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toContain('该动态验证码已使用过');
    // An older code than the last one used is no better.
    const older = totpCodeOf(secret, Date.now() - STEP_MS);
    const old = await t
      .client()
      .request('POST', '/api/v1/auth/login/totp', { challenge: second.challenge, code: older });
    expect(old.statusCode).toBe(401);
  });

  it('takes a recovery code once, flags its use in the audit trail, and refuses it the second time', async () => {
    const { id, client } = await newAccount('totp_recover', 'staff');
    const { secret, recoveryCodes } = await enrol(client);
    const code = recoveryCodes[3]!;
    const first = (await passwordStep('totp_recover')).json();
    const ok = await t
      .client()
      .request('POST', '/api/v1/auth/login/totp', { challenge: first.challenge, recoveryCode: code.toLowerCase() });
    expect(ok.statusCode).toBe(200);
    const flagged = await auditRows('auth.totp.recovery-code', id);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.details).toMatchObject({ flagged: true, recoveryCodesLeft: 9 });
    const second = (await passwordStep('totp_recover')).json();
    const again = await t
      .client()
      .request('POST', '/api/v1/auth/login/totp', { challenge: second.challenge, recoveryCode: code });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.message).toContain('恢复码错误或已使用过');
    expect(await failedCount(id)).toBe(1);
    // New codes replace the old ones, with a current code.
    const renewed = await client.post('/api/v1/auth/totp/recovery-codes', {
      code: totpCodeOf(secret, Date.now() + STEP_MS),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    const third = (await passwordStep('totp_recover')).json();
    const old = await t
      .client()
      .request('POST', '/api/v1/auth/login/totp', { challenge: third.challenge, recoveryCode: recoveryCodes[4]! });
    expect(old.statusCode).toBe(401);
  });

  it('lets an ordinary user turn it off with a current code, and then signs in with the password alone', async () => {
    const { client } = await newAccount('totp_off', 'staff');
    const { secret } = await enrol(client);
    expect((await client.post('/api/v1/auth/totp/disable', { code: '123456' })).statusCode).toBe(401);
    expect((await client.post('/api/v1/auth/totp/disable', { code: totpCodeOf(secret) })).statusCode).toBe(200);
    expect((await passwordStep('totp_off')).json().user.username).toBe('totp_off');
  });
});

describe('the administrators under the security policy', () => {
  it('signs the demo administrators in with a code, and a forced admin can reach only the set-up until done', async () => {
    expect((await passwordStep('admin')).json()).toMatchObject({ secondFactor: 'totp' });
    const { client } = await newAccount('totp_newadmin', 'sysadmin');
    expect((await client.get('/api/v1/auth/me')).json().user.mustEnrolTotp).toBe(true);
    const refused = await client.get('/api/v1/users');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'TOTP_ENROLMENT_REQUIRED' });
    expect(refused.json().error.message).toContain('须先设置两步验证');
    expect((await client.get('/api/v1/auth/totp')).json()).toMatchObject({ enrolled: false, required: true });
    const { secret } = await enrol(client);
    expect((await client.get('/api/v1/users')).statusCode).toBe(200);
    // While the policy requires it, an administrator cannot turn it off.
    const off = await client.post('/api/v1/auth/totp/disable', { code: totpCodeOf(secret) });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.message).toContain('不能关闭');
  });

  it('lets the security admin reset another account (flagged), which the system admin may not', async () => {
    const { id, client } = await newAccount('totp_lost', 'staff');
    await enrol(client);
    const admin = await t.as('admin');
    expect((await admin.post(`/api/v1/users/${id}/totp/reset`)).statusCode).toBe(403);
    const listed = async () => (await secadmin.get('/api/v1/users?username=totp_lost')).json().data[0].totpEnrolled;
    expect(await listed()).toBe(true);
    const reset = await secadmin.post(`/api/v1/users/${id}/totp/reset`);
    expect(reset.statusCode).toBe(200);
    const rows = await auditRows('user.totp-reset', id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.details).toMatchObject({ flagged: true });
    expect(await listed()).toBe(false);
    expect((await passwordStep('totp_lost')).json().user.username).toBe('totp_lost');
    const twice = await secadmin.post(`/api/v1/users/${id}/totp/reset`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('未设置两步验证');
  });

  it('does not force an administrator to set it up when the security admin switches the policy off', async () => {
    const policy = (await secadmin.get('/api/v1/security/policy')).json() as { key: string; version: number }[];
    const param = policy.find((p) => p.key === 'security.totp_required_for_admins')!;
    const off = await secadmin.put(`/api/v1/security/policy/${param.key}`, { version: param.version, value: 'false' });
    expect(off.statusCode).toBe(200);
    try {
      const { client } = await newAccount('totp_free_admin', 'auditor');
      expect((await client.get('/api/v1/auth/me')).json().user.mustEnrolTotp).toBe(false);
      expect((await client.get('/api/v1/audit/logs')).statusCode).toBe(200);
    } finally {
      await secadmin.put(`/api/v1/security/policy/${param.key}`, { version: off.json().version, value: 'true' });
    }
  });
});
