import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
const clients: Record<string, TestClient> = {};
const ROLES = ['admin', 'secadmin', 'auditor', 'staff', 'leader', 'qiye', 'tpy', 'expert'] as const;

beforeAll(async () => {
  t = await createTestApp();
  await t.db
    .insertInto('app_user')
    .values({
      username: 'probe_target',
      display_name: '被操作账号',
      password_hash: 'x',
      region_code: '621122',
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .execute();
  for (const r of ROLES) clients[r] = await t.as(r);
});
afterAll(() => t?.close());

interface Probe {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string | (() => Promise<string>);
  body?: () => Promise<unknown> | unknown;
  allowed: (typeof ROLES)[number][];
}

const urlOf = (p: Probe) => (typeof p.url === 'string' ? p.url : p.url());
const idOf = async (username: string) =>
  await t.db
    .selectFrom('app_user')
    .select(['id', 'version'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
const param = async (key: string) =>
  t.db.selectFrom('sys_param').select(['version']).where('key', '=', key).executeTakeFirstOrThrow();

// Every admin endpoint against every role: allowed roles get past authorization, everyone else gets 403.
const PROBES: Probe[] = [
  { name: '用户列表', method: 'GET', url: '/api/v1/users', allowed: ['admin', 'secadmin'] },
  {
    name: '新增用户',
    method: 'POST',
    url: '/api/v1/users',
    body: () => ({
      username: `u${Math.random().toString(36).slice(2, 8)}`,
      displayName: '测试用户',
      regionCode: '621122',
      initialPassword: 'Probe#2026x',
    }),
    allowed: ['admin'],
  },
  {
    name: '修改用户',
    method: 'PUT',
    url: async () => `/api/v1/users/${(await idOf('probe_target')).id}`,
    body: async () => ({ version: (await idOf('probe_target')).version, displayName: '被操作账号' }),
    allowed: ['admin'],
  },
  {
    name: '重置密码',
    method: 'POST',
    url: async () => `/api/v1/users/${(await idOf('probe_target')).id}/reset-password`,
    body: async () => ({ version: (await idOf('probe_target')).version, newPassword: 'Reset#2026x' }),
    allowed: ['admin'],
  },
  {
    // An administrator's password is never set directly: the system admin files a request (issue 20).
    name: '申请重置管理员密码',
    method: 'POST',
    url: async () => `/api/v1/users/${(await idOf('secadmin')).id}/reset-requests`,
    body: () => ({ reason: '权限矩阵探测' }),
    allowed: ['admin'],
  },
  {
    name: '管理员密码重置申请列表',
    method: 'GET',
    url: '/api/v1/users/reset-requests',
    allowed: ['admin', 'secadmin', 'auditor'],
  },
  {
    name: '授予角色',
    method: 'PUT',
    url: async () => `/api/v1/users/${(await idOf('probe_target')).id}/roles`,
    body: async () => ({ version: (await idOf('probe_target')).version, roles: ['leader'] }),
    allowed: ['secadmin'],
  },
  {
    name: '解锁账号',
    method: 'POST',
    url: async () => `/api/v1/users/${(await idOf('probe_target')).id}/unlock`,
    allowed: ['secadmin'],
  },
  { name: '角色列表', method: 'GET', url: '/api/v1/roles', allowed: ['admin', 'secadmin'] },
  {
    name: '修改角色权限',
    method: 'PUT',
    url: '/api/v1/roles/leader',
    body: async () => ({
      version: (await t.db.selectFrom('role').select('version').where('code', '=', 'leader').executeTakeFirstOrThrow())
        .version,
      permissions: ['dashboard:view'],
    }),
    allowed: ['secadmin'],
  },
  {
    name: '新增字典',
    method: 'POST',
    url: '/api/v1/dicts',
    body: () => ({ code: `d_${Math.random().toString(36).slice(2, 8)}`, name: '测试字典' }),
    allowed: ['admin'],
  },
  { name: '系统参数', method: 'GET', url: '/api/v1/params', allowed: ['admin'] },
  { name: '节假日安排', method: 'GET', url: '/api/v1/holiday-arrangements', allowed: ['admin'] },
  {
    name: '修改系统参数',
    method: 'PUT',
    url: '/api/v1/params/system.upload_max_mb',
    body: async () => ({ version: (await param('system.upload_max_mb')).version, value: '20' }),
    allowed: ['admin'],
  },
  { name: '安全策略', method: 'GET', url: '/api/v1/security/policy', allowed: ['secadmin'] },
  {
    name: '修改安全策略',
    method: 'PUT',
    url: '/api/v1/security/policy/security.lockout_minutes',
    body: async () => ({ version: (await param('security.lockout_minutes')).version, value: '15' }),
    allowed: ['secadmin'],
  },
  {
    name: '新增区划',
    method: 'POST',
    url: '/api/v1/regions',
    body: () => ({
      code: `621122${String(900 + Math.floor(Math.random() * 99))}000`,
      name: '测试镇',
      parentCode: '621122',
      validFrom: '2026-01-01',
    }),
    allowed: ['admin'],
  },
  { name: '在线用户', method: 'GET', url: '/api/v1/sessions', allowed: ['secadmin'] },
  { name: '操作日志', method: 'GET', url: '/api/v1/audit/logs', allowed: ['auditor'] },
  { name: '登录日志', method: 'GET', url: '/api/v1/audit/login-logs', allowed: ['auditor'] },
  { name: '审计链校验', method: 'POST', url: '/api/v1/audit/verify', allowed: ['auditor'] },
  {
    name: '全部任务',
    method: 'GET',
    url: '/api/v1/jobs?all=true',
    allowed: ROLES as unknown as (typeof ROLES)[number][],
  },
];

describe('authorization matrix', () => {
  for (const probe of PROBES) {
    for (const role of ROLES) {
      const allowed = probe.allowed.includes(role);
      it(`${probe.name} · ${role} → ${allowed ? '允许' : '403'}`, async () => {
        const url = await urlOf(probe);
        const body = probe.body ? await probe.body() : probe.method === 'GET' ? undefined : {};
        const res = await clients[role].request(probe.method, url, body);
        if (allowed) {
          expect(res.statusCode, res.body).toBeLessThan(400);
        } else {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
          expect(res.json().error.message).toBe('您没有执行该操作的权限');
        }
      });
    }
  }

  it('refuses anonymous callers with 401 on every protected endpoint', async () => {
    for (const probe of PROBES) {
      const res = await t.client().request(probe.method, await urlOf(probe), probe.method === 'GET' ? undefined : {});
      expect(res.statusCode, probe.name).toBe(401);
      expect(res.json().error.message).toBe('请先登录');
    }
  });

  it('shows each role only its own menu', async () => {
    const menu = async (r: (typeof ROLES)[number]) =>
      JSON.stringify((await clients[r].get('/api/v1/auth/me')).json().user.menu);
    expect(await menu('admin')).toContain('用户管理');
    expect(await menu('admin')).not.toContain('操作日志');
    expect(await menu('auditor')).toContain('操作日志');
    expect(await menu('auditor')).not.toContain('用户管理');
    expect(await menu('secadmin')).toContain('安全策略');
    expect(await menu('secadmin')).not.toContain('字典管理');
    expect(await menu('secadmin')).toContain('管理员密码重置审批');
    expect(await menu('auditor')).toContain('管理员密码重置审批');
    expect(await menu('admin')).not.toContain('管理员密码重置审批');
    expect(await menu('staff')).not.toContain('系统管理');
  });
});

describe('三员分立', () => {
  it('refuses two administrator roles on one account, or an admin role with a business role', async () => {
    const sec = clients.secadmin;
    const u = await idOf('staff');
    const two = await sec.put(`/api/v1/users/${u.id}/roles`, { version: u.version, roles: ['sysadmin', 'auditor'] });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.message).toContain('三员分立');
    const mixed = await sec.put(`/api/v1/users/${u.id}/roles`, { version: u.version, roles: ['sysadmin', 'staff'] });
    expect(mixed.json().error.message).toBe('管理员账号不能同时担任业务角色');
  });

  it('refuses granting audit permissions to a non-auditor role', async () => {
    const role = await t.db.selectFrom('role').select('version').where('code', '=', 'staff').executeTakeFirstOrThrow();
    const res = await clients.secadmin.put('/api/v1/roles/staff', {
      version: role.version,
      permissions: ['dashboard:view', 'audit:log:read'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('只能授予对应的管理员角色');
  });
});

describe('region scope', () => {
  it('hides and refuses users of another county; a city account sees its counties', async () => {
    const other = await t.db
      .insertInto('app_user')
      .values({
        username: 'anding_staff',
        display_name: '安定区科员',
        password_hash: 'x',
        region_code: '621102',
        must_change_password: false,
        created_by: null,
        updated_by: null,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const list = (await clients.admin.get('/api/v1/users?pageSize=200')).json();
    expect(list.data.map((u: { username: string }) => u.username)).not.toContain('anding_staff');
    const put = await clients.admin.put(`/api/v1/users/${other.id}`, { version: other.version, displayName: '改名' });
    expect(put.statusCode).toBe(403);
    expect(put.json().error.code).toBe('OUT_OF_SCOPE');
    expect(put.json().error.message).toBe('该数据不在您的管辖范围内');
    const unchanged = await t.db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(unchanged.display_name).toBe('安定区科员');

    // A city-level system admin (定西市 621100) sees both counties.
    await t.db.updateTable('app_user').set({ region_code: '621100' }).where('username', '=', 'admin').execute();
    const city = await t.as('admin');
    const cityList = (await city.get('/api/v1/users?pageSize=200')).json();
    expect(cityList.data.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['anding_staff', 'staff']),
    );
    await t.db.updateTable('app_user').set({ region_code: '621122' }).where('username', '=', 'admin').execute();
  });
});
