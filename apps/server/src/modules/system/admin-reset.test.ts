import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { invalidateRolePermissions } from '../../platform/auth/permissions.cache';
import { invalidateSessionCache } from '../../platform/auth/session.cache';

/**
 * Issue 20 item 3: the system admin cannot take over another administrator's account. A reset of an administrator
 * needs a request and a second administrator's approval, which hands over a one-time password nobody chose.
 */
let t: TestApp;
let admin: TestClient;
let sec2: TestClient;
let aud2: TestClient;
let admin2: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  // A second security admin approves; a second auditor is still signed in when the first auditor's sessions end.
  sec2 = await t.addUser({ username: 'sec2', role: 'secadmin', name: '第二安全管理员' });
  aud2 = await t.addUser({ username: 'aud2', role: 'auditor', name: '第二审计管理员' });
  admin2 = await t.addUser({ username: 'admin2', role: 'sysadmin', name: '第二系统管理员' });
});
afterAll(() => t?.close());

const account = (username: string) =>
  t.db
    .selectFrom('app_user')
    .select(['id', 'version', 'password_hash', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
const auditRows = (action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
const ask = async (username: string, reason = '本人遗忘密码，经电话核实身份') =>
  admin.post(`/api/v1/users/${(await account(username)).id}/reset-requests`, { reason });

describe('the direct reset refuses an administrator’s account', () => {
  it.each(['auditor', 'secadmin'])('admin resetting %s: 409, nothing written', async (username) => {
    const before = await account(username);
    const audits = (await auditRows('user.reset-password')).length;
    const res = await admin.post(`/api/v1/users/${before.id}/reset-password`, {
      version: before.version,
      newPassword: 'Takeover#2026',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('须由另一名管理员审批');
    expect(await account(username)).toEqual(before);
    expect(await auditRows('user.reset-password')).toHaveLength(audits);
    expect((await t.client().login(username, 'Takeover#2026')).statusCode).toBe(401);
  });

  it('an ordinary account keeps the direct reset', async () => {
    const staff = await account('staff');
    const res = await admin.post(`/api/v1/users/${staff.id}/reset-password`, {
      version: staff.version,
      newPassword: 'Reset#2026ab',
    });
    expect(res.statusCode).toBe(200);
    expect((await account('staff')).must_change_password).toBe(true);
    expect((await t.client().login('staff', 'Reset#2026ab')).statusCode).toBe(200);
  });
});

describe('a request, then a second administrator’s approval', () => {
  it('refuses a request without a reason (400) and for an ordinary account (409)', async () => {
    const res = await ask('auditor', '');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('重置原因');
    expect((await ask('leader')).statusCode).toBe(409);
    expect(await t.db.selectFrom('admin_reset_request').selectAll().execute()).toEqual([]);
  });

  it('the approval’s one-time password signs in as the auditor, who must change it; the auditor is told', async () => {
    const auditor = await t.as('auditor');
    const before = await account('auditor');
    const asked = await ask('auditor');
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ targetUsername: 'auditor', status: 'pending', requestedByName: '系统管理员' });
    expect(await account('auditor')).toEqual(before);
    // A second request for the same account waits for the first.
    expect((await ask('auditor')).statusCode).toBe(409);
    const pending = (await sec2.get('/api/v1/users/reset-requests?status=pending')).json();
    expect(pending.map((r: { id: number }) => r.id)).toEqual([asked.json().id]);

    const approved = await sec2.post(`/api/v1/users/reset-requests/${asked.json().id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.headers['cache-control']).toBe('no-store');
    const { username, oneTimePassword } = approved.json();
    expect(username).toBe('auditor');
    expect(oneTimePassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);

    // The old password and the auditor's open session are gone; the code signs in and must be changed.
    expect((await auditor.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.client().login('auditor')).statusCode).toBe(401);
    const person = t.client();
    const signedIn = await person.login('auditor', oneTimePassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.mustChangePassword).toBe(true);
    expect((await person.get('/api/v1/audit/logs')).statusCode).toBe(403);
    const changed = await person.post('/api/v1/auth/change-password', {
      oldPassword: oneTimePassword,
      newPassword: 'Ledger#2026xy',
    });
    expect(changed.statusCode).toBe(200);

    // Stored only as a hash: no column of the request, no audit row, no message holds the code.
    const stored = JSON.stringify([
      await t.db.selectFrom('admin_reset_request').selectAll().execute(),
      await t.db.selectFrom('audit_log').select(['details', 'before', 'after']).execute(),
      await t.db.selectFrom('message').select(['title', 'body']).execute(),
    ]);
    expect(stored).not.toContain(oneTimePassword);

    // Flagged: the audit row stands out, and every auditor has a message naming who asked, who approved, which account.
    const [row] = await auditRows('user.admin-reset.approve');
    expect(row).toMatchObject({ actor_name: 'sec2', object_type: 'user', object_id: String(before.id) });
    expect(row!.details).toMatchObject({ requestedByName: '系统管理员', approvedByName: '第二安全管理员' });
    expect(await auditRows('user.admin-reset.request')).toHaveLength(1);
    const auditorIds = await t.db
      .selectFrom('user_role')
      .select('user_id')
      .where('role_code', '=', 'auditor')
      .execute();
    for (const { user_id } of auditorIds) {
      const [msg] = await t.db
        .selectFrom('message')
        .selectAll()
        .where('user_id', '=', user_id)
        .where('title', 'like', '%auditor%')
        .execute();
      expect(msg?.body).toMatch(/系统管理员申请、第二安全管理员批准.*auditor/);
    }
    const bell = (await aud2.get('/api/v1/messages')).json();
    expect(JSON.stringify(bell)).toContain('第二安全管理员批准');

    // Decided once: a second approval, or a rejection afterwards, is a 409 and changes nothing.
    const after = await account('auditor');
    const again = await sec2.post(`/api/v1/users/reset-requests/${asked.json().id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已批准');
    expect((await sec2.post(`/api/v1/users/reset-requests/${asked.json().id}/reject`, {})).statusCode).toBe(409);
    expect(await account('auditor')).toEqual(after);
  });

  it('refuses the target approving its own reset, and lets another administrator approve it', async () => {
    const secadmin = await t.as('secadmin');
    const before = await account('secadmin');
    const id = (await ask('secadmin')).json().id;
    const res = await secadmin.post(`/api/v1/users/reset-requests/${id}/approve`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('不能审批重置本人密码的申请');
    expect(await account('secadmin')).toEqual(before);
    // With the security admin as the target, an auditor is the second administrator.
    expect((await aud2.post(`/api/v1/users/reset-requests/${id}/approve`)).statusCode).toBe(200);
    expect((await account('secadmin')).password_hash).not.toBe(before.password_hash);
  });

  it('refuses the requester approving: without the permission, and by the rule if a grant ever gave it', async () => {
    const id = (await ask('admin2')).json().id;
    const before = await account('admin2');
    expect((await admin.post(`/api/v1/users/reset-requests/${id}/approve`)).statusCode).toBe(403);
    await t.db
      .updateTable('role')
      .set({ permissions: JSON.stringify([...(await sysadminPermissions()), 'security:user:reset-approve']) })
      .where('code', '=', 'sysadmin')
      .execute();
    invalidateRolePermissions();
    invalidateSessionCache();
    try {
      const res = await admin.post(`/api/v1/users/reset-requests/${id}/approve`);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('不能审批本人提交的重置申请');
      expect((await admin2.post(`/api/v1/users/reset-requests/${id}/approve`)).json().error.message).toContain(
        '不能审批重置本人密码的申请',
      );
    } finally {
      await t.db
        .updateTable('role')
        .set({
          permissions: JSON.stringify((await sysadminPermissions()).filter((p) => p !== 'security:user:reset-approve')),
        })
        .where('code', '=', 'sysadmin')
        .execute();
      invalidateRolePermissions();
      invalidateSessionCache();
    }
    expect(await account('admin2')).toEqual(before);
    expect((await sec2.post(`/api/v1/users/reset-requests/${id}/reject`, { note: '未核实身份' })).statusCode).toBe(200);
    expect(await auditRows('user.admin-reset.reject')).toHaveLength(1);
    expect((await sec2.post(`/api/v1/users/reset-requests/${id}/approve`)).json().error.message).toContain('已拒绝');
  });

  it('refuses an expired request (409), nothing written', async () => {
    const id = (await ask('aud2')).json().id;
    await t.db
      .updateTable('admin_reset_request')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', id)
      .execute();
    const before = await account('aud2');
    const res = await sec2.post(`/api/v1/users/reset-requests/${id}/approve`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已过期');
    expect(await account('aud2')).toEqual(before);
    const listed = (await admin.get('/api/v1/users/reset-requests?status=expired')).json();
    expect(listed.map((r: { id: number }) => r.id)).toEqual([id]);
    // The deadline comes from the security parameters (24 h by default).
    const param = await t.db
      .selectFrom('sys_param')
      .select('value')
      .where('key', '=', 'security.admin_reset_expiry_hours')
      .executeTakeFirstOrThrow();
    expect(param.value).toBe('24');
  });
});

describe('the system admin cannot sign in as anyone', () => {
  it('has no impersonation route, and never sees a one-time password', async () => {
    expect(t.app.printRoutes()).not.toMatch(/impersonat|switch-?user|sudo|login-as/i);
    const asked = await ask('auditor');
    expect(JSON.stringify(asked.json())).not.toMatch(/password/i);
    const id = asked.json().id;
    expect((await admin.post(`/api/v1/users/reset-requests/${id}/approve`)).statusCode).toBe(403);
    const listed = await admin.get('/api/v1/users/reset-requests');
    expect(listed.statusCode).toBe(200);
    expect(JSON.stringify(listed.json())).not.toMatch(/password/i);
    // Business users see no reset requests at all.
    expect((await (await t.as('leader')).get('/api/v1/users/reset-requests')).statusCode).toBe(403);
  });
});

async function sysadminPermissions(): Promise<string[]> {
  const row = await t.db
    .selectFrom('role')
    .select('permissions')
    .where('code', '=', 'sysadmin')
    .executeTakeFirstOrThrow();
  return row.permissions as string[];
}
