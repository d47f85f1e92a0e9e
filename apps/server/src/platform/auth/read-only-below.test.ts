import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { writeScopePrefix } from './region-scope';

let t: TestApp;
let cityStaff: TestClient;
let cityLeader: TestClient;
let countyStaff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  cityStaff = await t.addUser({ username: 'citystaff', role: 'staff', region: '621100', name: '市局科员' });
  cityLeader = await t.as('city');
  countyStaff = await t.as('staff');
});
afterAll(() => t?.close());

const READ_ONLY = '上级区划（市、省）的账号对下辖县区的记录只读';

async function enterprise(name: string) {
  return t.db.selectFrom('enterprise').select(['id', 'version']).where('name', '=', name).executeTakeFirstOrThrow();
}

describe('a city’s users see their counties read-only unless granted more', () => {
  it('confines a city’s writes to its own region’s rows; reads reach every county', () => {
    expect(writeScopePrefix('621100', false)).toBe('621100');
    expect(writeScopePrefix('621100', true)).toBe('6211');
    expect(writeScopePrefix('620000', false)).toBe('620000');
    expect(writeScopePrefix('621122', false)).toBe('621122'); // a county writes what it reads
  });

  it('lets the city’s staff read a county’s enterprise but not change it, nothing written', async () => {
    const e = await enterprise('甘肃青龙管业有限责任公司');
    expect((await cityStaff.get(`/api/v1/enterprises/${e.id}`)).statusCode).toBe(200);
    const res = await cityStaff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, address: '市局改写的地址' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain(READ_ONLY);
    expect((await enterprise('甘肃青龙管业有限责任公司')).version).toBe(e.version);
    const created = await cityStaff.post('/api/v1/enterprises', {
      name: '市局代建测试有限公司',
      regionCode: '621102',
      townshipCode: '621102101000',
      industryCode: '2730',
      creditCode: '91621102MA71ABCD8X',
      creditCodeOverride: '演示',
      tags: [],
    });
    expect(created.statusCode).toBeGreaterThanOrEqual(400);
    expect(created.statusCode).toBeLessThan(500);
    const none = await t.db.selectFrom('enterprise').select('id').where('name', '=', '市局代建测试有限公司').execute();
    expect(none).toEqual([]);
  });

  it('refuses the city leader’s county-level decisions (a forced state change, a county’s R&D summary)', async () => {
    const application = await t.db
      .selectFrom('project_application')
      .select(['id', 'version', 'state'])
      .where('region_code', '=', '621122')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const override = await cityLeader.post(`/api/v1/applications/${application.id}/override`, {
      to: 'rejected',
      version: application.version,
      reason: '市局测试',
    });
    expect(override.statusCode).toBe(403);
    expect(override.json().error.message).toContain(READ_ONLY);
    const task = await t.db
      .selectFrom('rd_task')
      .select(['id', 'version', 'published'])
      .where('region_code', '=', '621122')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const publish = await cityLeader.post(`/api/v1/rd/tasks/${task.id}/publish`, {
      version: task.version,
      published: !task.published,
    });
    expect(publish.statusCode).toBe(403);
    const after = await t.db
      .selectFrom('rd_task')
      .select('published')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(after.published).toBe(task.published);
    const state = await t.db
      .selectFrom('project_application')
      .select('state')
      .where('id', '=', application.id)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe(application.state);
  });

  it('leaves a county’s own staff writing their county as before', async () => {
    const e = await enterprise('陇西华硒生物科技有限公司');
    const res = await countyStaff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      address: '陇西县首阳镇富硒园区',
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lets the city’s staff change a county’s record once the security admin grants region:below:write', async () => {
    const sec = await t.as('secadmin');
    const role = (await sec.get('/api/v1/roles')).json().find((r: { code: string }) => r.code === 'staff');
    const grant = await sec.put('/api/v1/roles/staff', {
      version: role.version,
      permissions: [...role.permissions, 'region:below:write'],
    });
    expect(grant.statusCode, grant.body).toBe(200);
    const e = await enterprise('甘肃青龙管业有限责任公司');
    const res = await cityStaff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      address: '陇西县文峰镇工业园区',
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
