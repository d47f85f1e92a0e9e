import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication, userId } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let expert: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  expert = await t.as('expert');
});
afterAll(() => t?.close());

describe('the reserve follows the policy’s row scope', () => {
  it('staff see their county’s entries, an enterprise its own, an expert none', async () => {
    const made = await staff.post('/api/v1/reserve', {
      enterpriseId: await enterpriseId(t, '青龙管业'),
      title: '青龙管业储备项目（范围测试）',
      category: 'county_plan',
      plannedYear: 2027,
    });
    expect(made.statusCode, made.body).toBe(200);
    const all = (await staff.get('/api/v1/reserve?pageSize=200')).json();
    expect(all.total).toBe(all.data.length);
    expect(new Set(all.data.map((r: { enterpriseName: string }) => r.enterpriseName)).size).toBeGreaterThan(1);
    const own = (await qiye.get('/api/v1/reserve?pageSize=200')).json();
    expect(own.data.map((r: { id: number }) => r.id)).toEqual([made.json().id]);
    expect(own.total).toBe(1);
    expect((await expert.get('/api/v1/reserve')).statusCode).toBe(403);
  });
});

describe('review assignments follow the policy’s row scope', () => {
  let assigned: { id: number; applicationId: number; status: string }[];
  beforeAll(async () => {
    const call = await createCall(staff);
    const apps = [];
    for (const name of ['鼎丰马铃薯', '华硒生物']) {
      apps.push(
        await insertApplication(t, {
          callId: call.id,
          enterpriseId: await enterpriseId(t, name),
          state: 'county_review',
        }),
      );
    }
    const res = await staff.post('/api/v1/reviews/assign', {
      applicationIds: apps.map((a) => a.id),
      expertIds: [await userId(t, 'expert'), await userId(t, 'expert2')],
    });
    expect(res.statusCode, res.body).toBe(200);
    const first = (await expert.get(`/api/v1/reviews?applicationId=${apps[0].id}`)).json().data[0];
    const scored = await expert.post(`/api/v1/reviews/${first.id}/score`, {
      version: first.version,
      scores: { innovation: 20, feasibility: 30, benefit: 20 },
      submit: true,
    });
    expect(scored.statusCode, scored.body).toBe(200);
    assigned = (await expert.get(`/api/v1/reviews?callId=${call.id}`)).json().data;
  });

  it('an expert lists their own, open ones first and the newest first within each', async () => {
    expect(assigned.map((r) => r.status)).toEqual(['assigned', 'submitted']);
    const mine = (await expert.get('/api/v1/reviews?pageSize=200')).json();
    expect(mine.data.every((r: { expertName: string }) => r.expertName === '孙专家')).toBe(true);
    const statuses = mine.data.map((r: { status: string }) => r.status);
    expect(statuses).toEqual([...statuses].sort());
    const openIds = mine.data
      .filter((r: { status: string }) => r.status === 'assigned')
      .map((r: { id: number }) => r.id);
    expect(openIds).toEqual([...openIds].sort((a, b) => b - a));
  });

  it('refuses the list to an enterprise, and an assignment to staff of another county but not to its expert', async () => {
    expect((await qiye.get('/api/v1/reviews')).statusCode).toBe(403);
    const [r] = assigned;
    await t.db.updateTable('review_assignment').set({ region_code: '621102' }).where('id', '=', r.id).execute();
    const refused = await staff.get(`/api/v1/reviews/${r.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', message: '该评审任务未分配给您' });
    expect((await expert.get(`/api/v1/reviews/${r.id}`)).statusCode).toBe(200);
    await t.db.updateTable('review_assignment').set({ region_code: '621122' }).where('id', '=', r.id).execute();
  });
});

describe('every list pages the same way', () => {
  it('walks the applications page by page without overlap, each page telling the same total', async () => {
    const all = (await staff.get('/api/v1/applications?pageSize=200')).json();
    const seen: number[] = [];
    for (let current = 1; seen.length < all.total; current++) {
      const page = (await staff.get(`/api/v1/applications?pageSize=7&current=${current}`)).json();
      expect(page.total).toBe(all.total);
      expect(page.data.length).toBeGreaterThan(0);
      seen.push(...page.data.map((a: { id: number }) => a.id));
    }
    expect(seen).toEqual(all.data.map((a: { id: number }) => a.id));
    const beyond = (await staff.get(`/api/v1/applications?pageSize=7&current=${Math.ceil(all.total / 7) + 1}`)).json();
    expect(beyond).toMatchObject({ data: [], total: all.total });
  });
});
