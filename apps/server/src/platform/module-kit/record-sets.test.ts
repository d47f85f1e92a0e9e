import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const total = async (query: string) => {
  const res = await staff.get(`/api/v1/qualifications?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};

describe('record sets: a figure with more records than an address holds opens its list', () => {
  it('stores the ids once and the list opened with ?ids=set:<token> shows those of them in the user’s scope', async () => {
    const all = await t.db.selectFrom('qualification').select('id').execute();
    // Every qualification of the demo (all counties), and 1,500 ids of no record: past the 1,000 an address held.
    const ids = [...all.map((r) => r.id), ...Array.from({ length: 1_500 }, (_v, i) => 900_000 + i)];
    const res = await staff.post('/api/v1/record-sets', { ids });
    expect(res.statusCode, res.body).toBe(200);
    const { token, idsParam } = res.json();
    expect(idsParam).toBe(`set:${token}`);
    // The staff's own county's qualifications, as the list without ids shows them.
    expect(await total(`ids=${idsParam}&pageSize=20`)).toBe(await total('pageSize=20'));
    // The same records get the same address, in any order.
    const again = await staff.post('/api/v1/record-sets', { ids: [...ids].reverse() });
    expect(again.json().token).toBe(token);
    const rows = await t.db.selectFrom('record_set').select('token').where('token', '=', token).execute();
    expect(rows).toHaveLength(1);
    // A page that needs the ids itself reads them, sorted.
    const read = await staff.get(`/api/v1/record-sets/${token}`);
    expect(read.json().ids).toEqual([...ids].sort((a, b) => a - b));
    expect((await staff.get(`/api/v1/record-sets/${'f'.repeat(32)}`)).statusCode).toBe(404);
  });

  it('narrows to the set’s records only', async () => {
    const two = await t.db
      .selectFrom('qualification')
      .select('id')
      .where('region_code', '=', '621122')
      .limit(2)
      .execute();
    const { idsParam } = (await staff.post('/api/v1/record-sets', { ids: two.map((r) => r.id) })).json();
    expect(await total(`ids=${idsParam}`)).toBe(2);
  });

  it('refuses an unknown set, an empty one and one past 20,000 records, in Chinese', async () => {
    const unknown = await staff.get(`/api/v1/qualifications?ids=set:${'0'.repeat(32)}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('记录集 set:00000000000000000000000000000000 不存在');
    const empty = await staff.post('/api/v1/record-sets', { ids: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('记录集不能为空');
    const huge = await staff.post('/api/v1/record-sets', { ids: Array.from({ length: 20_001 }, (_v, i) => i + 1) });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.message).toContain('记录过多');
  });

  it('is for signed-in users only', async () => {
    const res = await t.client().post('/api/v1/record-sets', { ids: [1] });
    expect(res.statusCode).toBe(401);
  });
});
