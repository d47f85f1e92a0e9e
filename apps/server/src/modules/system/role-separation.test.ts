import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

/** 三员分立 in the role grants (docs/rules.md §6.2): the probe's security admin gave itself enterprise:write. */
let t: TestApp;
let sec: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  sec = await t.as('secadmin');
});
afterAll(() => t?.close());

async function setRole(code: string, change: (permissions: string[]) => string[]) {
  const role = (await sec.get('/api/v1/roles')).json().find((r: { code: string }) => r.code === code);
  return sec.put(`/api/v1/roles/${code}`, { version: role.version, permissions: change(role.permissions) });
}

describe('role permissions and 三员分立', () => {
  it.each(['sysadmin', 'secadmin', 'auditor'])(
    'refuses a business permission on the %s role (400, nothing written)',
    async (code) => {
      const before = (await sec.get('/api/v1/roles')).json().find((r: { code: string }) => r.code === code);
      const res = await setRole(code, (p) => [...p, 'enterprise:write']);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/三员分立：管理员角色只能拥有本角色的管理权限/);
      const after = (await sec.get('/api/v1/roles')).json().find((r: { code: string }) => r.code === code);
      expect(after).toEqual(before);
    },
  );

  it('refuses another administrator’s permission on an administrator role', async () => {
    expect((await setRole('auditor', (p) => [...p, 'system:user:create'])).statusCode).toBe(400);
    expect((await setRole('sysadmin', (p) => [...p, 'security:session:revoke'])).statusCode).toBe(400);
  });

  it('refuses an administration permission on a business role', async () => {
    const res = await setRole('staff', (p) => [...p, 'system:user:list']);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('业务角色不能拥有管理权限');
  });

  it('refuses the security admin any change to its own role, even within its set', async () => {
    const res = await setRole('secadmin', (p) => p.filter((x) => x !== 'security:user:unlock'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('不能修改本人所属角色的权限');
  });

  it('the probe’s path is closed: the security admin cannot then edit an enterprise', async () => {
    await setRole('secadmin', (p) => [...p, 'enterprise:write']);
    const ent = await t.db.selectFrom('enterprise').select(['id', 'version']).limit(1).executeTakeFirstOrThrow();
    const res = await sec.put(`/api/v1/enterprises/${ent.id}`, { version: ent.version, address: '被改了' });
    expect(res.statusCode).toBe(403);
  });

  it('still lets the security admin change a business role’s business permissions', async () => {
    const res = await setRole('leader', (p) => [...new Set([...p, 'enterprise:write'])]);
    expect(res.statusCode).toBe(200);
    expect(res.json().permissions).toContain('enterprise:write');
    await setRole('leader', (p) => p.filter((x) => x !== 'enterprise:write'));
  });
});
