import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ZRdMyOverview } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { openTask } from './rd.test-support';

// 我的填报 (GET /rd/my-overview): the enterprise's current form and only what it may see of the totals.
type Overview = z.infer<typeof ZRdMyOverview>;
let t: TestApp;
let qiye: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  qiye = await t.as('qiye');
});
afterAll(() => t?.close());

const overview = async (): Promise<Overview> => {
  const res = await qiye.get('/api/v1/rd/my-overview');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const taskOf = (period: string) =>
  t.db.selectFrom('rd_task').select(['id', 'version']).where('period', '=', period).executeTakeFirstOrThrow();

describe('我的填报 of the demo enterprise', () => {
  it("shows the open 2022 H1 form as current, with its own figures, and no county totals (2021's are not offered)", async () => {
    const o = await overview();
    const current = o.reports.find((r) => r.id === o.currentId)!;
    expect(current).toMatchObject({ period: '2022H1', taskStatus: 'open', internalTotal: '16800000.00' });
    expect(current.published).toBe(false);
    expect(o.county).toBeNull();
    // The old period is still listed as a form, but its totals are not shown in place of the current ones.
    expect(o.reports.map((r) => r.period)).toEqual(['2022H1', '2021']);
  });

  it("shows the current period's county totals once the leader publishes them", async () => {
    const task = await taskOf('2022H1');
    const leader = await t.as('leader');
    const published = await leader.post(`/api/v1/rd/tasks/${task.id}/publish`, {
      version: task.version,
      published: true,
    });
    expect(published.statusCode, published.body).toBe(200);
    const o = await overview();
    expect(o.county).toMatchObject({ taskId: task.id, period: '2022H1', basis: 'approved', published: true });
    expect(o.county!.total.internalTotal).toBe('72000000.00');
  });

  it('a newly opened task is the current one; its form is to fill and no totals are shown yet', async () => {
    const staff = await t.as('staff');
    await openTask(t, staff, '2023H1', ['青龙管业'], '2099-07-20');
    const o = await overview();
    const current = o.reports.find((r) => r.id === o.currentId)!;
    expect(current).toMatchObject({ period: '2023H1', status: 'not_filled', internalTotal: null });
    expect(o.county).toBeNull();
  });

  it('is for enterprise users: staff are refused', async () => {
    expect((await (await t.as('staff')).get('/api/v1/rd/my-overview')).statusCode).toBe(403);
  });
});
