import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

/** Issue 20 item 5: the system admin read other users' import results (business data) in the job centre. */
let t: TestApp;
let jobId: number;
beforeAll(async () => {
  t = await createTestApp();
  const staff = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const job = await t.db
    .insertInto('job')
    .values({
      type: 'enterprise.import',
      title: '企业名录导入',
      status: 'succeeded',
      payload: JSON.stringify({}),
      result: JSON.stringify({ inserted: 2, names: ['甘肃青龙管业有限责任公司', '陇西县华硒生物科技有限公司'] }),
      created_by: staff.id,
      region_code: '621122',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  jobId = job.id;
});
afterAll(() => t?.close());

describe('job results', () => {
  it('are shown to the user who submitted the job', async () => {
    const staff = await t.as('staff');
    expect((await staff.get(`/api/v1/jobs/${jobId}`)).json().result.names).toHaveLength(2);
  });

  it('are hidden from the system admin, who still sees the job itself', async () => {
    const admin = await t.as('admin');
    const one = await admin.get(`/api/v1/jobs/${jobId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().title).toBe('企业名录导入');
    expect(one.json().result).toBeNull();
    const list = (await admin.get('/api/v1/jobs?all=true&pageSize=200')).json();
    const row = list.data.find((j: { id: number }) => j.id === jobId);
    expect(row).toBeDefined();
    expect(row.result).toBeNull();
  });

  it('are shown to a colleague holding the import permission over the job’s county, not to another county', async () => {
    const colleague = await t.addUser({ username: 'job-colleague', role: 'staff' });
    expect((await colleague.get(`/api/v1/jobs/${jobId}`)).json().result.inserted).toBe(2);
    const other = await t.addUser({ username: 'job-other-county', role: 'staff', region: '621102' });
    expect((await other.get(`/api/v1/jobs/${jobId}`)).statusCode).toBe(403);
    const leader = await t.as('leader');
    expect((await leader.get(`/api/v1/jobs/${jobId}`)).statusCode).toBe(403);
  });
});
