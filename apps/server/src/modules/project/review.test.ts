import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { addExpert, createCall, enterpriseId, insertApplication, userId } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
const experts: Record<string, { id: number; client: TestClient }> = {};
let dingfeng: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  await addExpert(t, 'expert4', '郑专家', { name: '兰州大学' });
  for (const u of ['expert', 'expert2', 'expert3', 'expert4']) {
    experts[u] = { id: await userId(t, u), client: await t.as(u) };
  }
  dingfeng = await enterpriseId(t, '鼎丰马铃薯');
});
afterAll(() => t?.close());

// Worked by hand (criteria 30/40/30 with equal weights, so each expert's score is the sum): 83, 90, 50, 86.
const SHEETS: Record<string, [number, number, number]> = {
  expert: [24, 32, 27],
  expert2: [27, 36, 27],
  expert3: [15, 20, 15],
  expert4: [25, 33, 28],
};

async function reviewed(call: { id: number }, who = Object.keys(SHEETS)) {
  const app = await insertApplication(t, { callId: call.id, enterpriseId: dingfeng, state: 'recommended' });
  const res = await staff.post('/api/v1/reviews/assign', {
    applicationIds: [app.id],
    expertIds: who.map((u) => experts[u].id),
  });
  expect(res.statusCode, res.body).toBe(200);
  for (const u of who) {
    const a = await t.db
      .selectFrom('review_assignment')
      .select(['id', 'version'])
      .where('application_id', '=', app.id)
      .where('expert_id', '=', experts[u].id)
      .executeTakeFirstOrThrow();
    const [innovation, feasibility, benefit] = SHEETS[u];
    const s = await experts[u].client.post(`/api/v1/reviews/${a.id}/score`, {
      version: a.version,
      scores: { innovation, feasibility, benefit },
      comment: '同意',
    });
    expect(s.statusCode, s.body).toBe(200);
  }
  return app;
}

const finalOf = async (callId: number, appId: number) =>
  (await staff.get(`/api/v1/calls/${callId}/ranking`))
    .json()
    .items.find((i: { applicationId: number }) => i.applicationId === appId);

describe('aggregation by the call’s outlier rule (exact decimals)', () => {
  it('none: (83 + 90 + 50 + 86) ÷ 4 = 77.25', async () => {
    const call = await createCall(staff, { outlierRule: 'none' });
    const app = await reviewed(call);
    const item = await finalOf(call.id, app.id);
    expect(item).toMatchObject({ finalScore: '77.25', complete: true, rank: 1 });
    expect(item.experts.map((e: { score: string }) => e.score).sort()).toEqual(['50.00', '83.00', '86.00', '90.00']);
  });

  it('drop-high-low: drops 90 and 50, (83 + 86) ÷ 2 = 84.50', async () => {
    const call = await createCall(staff, { outlierRule: 'drop-high-low' });
    const item = await finalOf(call.id, (await reviewed(call)).id);
    expect(item.finalScore).toBe('84.50');
    expect(
      item.experts
        .filter((e: { kept: boolean }) => !e.kept)
        .map((e: { score: string }) => e.score)
        .sort(),
    ).toEqual(['50.00', '90.00']);
  });

  it('drop-beyond-1-sd: μ = 77.25, σ ≈ 15.93, drops 50 only, (83 + 90 + 86) ÷ 3 = 86.33', async () => {
    const call = await createCall(staff, { outlierRule: 'drop-beyond-n-sd', outlierSd: 1 });
    const item = await finalOf(call.id, (await reviewed(call)).id);
    expect(item.finalScore).toBe('86.33');
    expect(item.note).toContain('15.93');
    expect(
      item.experts.filter((e: { kept: boolean }) => !e.kept).map((e: { expertName: string }) => e.expertName),
    ).toEqual(['吴专家']);
  });

  it('ranks applications of a call, highest first', async () => {
    const call = await createCall(staff, { outlierRule: 'none' });
    const low = await reviewed(call, ['expert', 'expert3']); // (83 + 50) ÷ 2 = 66.50
    const high = await reviewed(call, ['expert2', 'expert4']); // (90 + 86) ÷ 2 = 88.00
    const items = (await staff.get(`/api/v1/calls/${call.id}/ranking`)).json().items;
    expect(
      items.map((i: { applicationId: number; rank: number; finalScore: string }) => [
        i.applicationId,
        i.rank,
        i.finalScore,
      ]),
    ).toEqual([
      [high.id, 1, '88.00'],
      [low.id, 2, '66.50'],
    ]);
  });
});

describe('assigning experts', () => {
  it('refuses an expert who declared a conflict with the applicant', async () => {
    const call = await createCall(staff);
    const app = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '众智众创'),
      state: 'county_review',
    });
    const res = await staff.post('/api/v1/reviews/assign', {
      applicationIds: [app.id],
      expertIds: [experts.expert.id, experts.expert2.id],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('专家“周专家”与申报单位“甘肃众智众创科技发展有限公司”存在利益冲突');
    expect(
      await t.db.selectFrom('review_assignment').select('id').where('application_id', '=', app.id).execute(),
    ).toHaveLength(0);
  });

  it('refuses an expert who works at the applicant', async () => {
    const insider = await addExpert(t, 'expert5', '钱专家', { name: '甘肃鼎丰马铃薯种业有限公司' });
    const call = await createCall(staff);
    const app = await insertApplication(t, { callId: call.id, enterpriseId: dingfeng, state: 'county_review' });
    const res = await staff.post('/api/v1/reviews/assign', {
      applicationIds: [app.id],
      expertIds: [experts.expert.id, insider],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('专家工作单位即申报单位');
  });

  it('refuses fewer experts than the call requires, and applications outside review', async () => {
    const call = await createCall(staff, { minExperts: 3 });
    const app = await insertApplication(t, { callId: call.id, enterpriseId: dingfeng, state: 'county_review' });
    const few = await staff.post('/api/v1/reviews/assign', {
      applicationIds: [app.id],
      expertIds: [experts.expert.id, experts.expert4.id],
    });
    expect(few.statusCode).toBe(400);
    expect(few.json().error.message).toContain('至少 3 位评审专家');
    expect(
      await t.db.selectFrom('review_assignment').select('id').where('application_id', '=', app.id).execute(),
    ).toHaveLength(0);
    const draft = await insertApplication(t, { callId: call.id, enterpriseId: dingfeng, state: 'draft' });
    expect(
      (
        await staff.post('/api/v1/reviews/assign', {
          applicationIds: [draft.id],
          expertIds: [experts.expert.id, experts.expert2.id, experts.expert4.id],
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('scoring', () => {
  it('refuses scores out of range or missing, and a second submission', async () => {
    const call = await createCall(staff);
    const app = await insertApplication(t, { callId: call.id, enterpriseId: dingfeng, state: 'county_review' });
    await staff.post('/api/v1/reviews/assign', {
      applicationIds: [app.id],
      expertIds: [experts.expert.id, experts.expert4.id],
    });
    const a = await t.db
      .selectFrom('review_assignment')
      .select(['id', 'version'])
      .where('application_id', '=', app.id)
      .where('expert_id', '=', experts.expert.id)
      .executeTakeFirstOrThrow();
    const over = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: a.version,
      scores: { innovation: 31, feasibility: 30, benefit: -1 },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toContain('“创新性”的分数 31 超出范围 0～30');
    expect(
      over
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['benefit', 'innovation']);
    const missing = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: a.version,
      scores: { innovation: 20 },
    });
    expect(missing.json().error.message).toContain('“可行性”未打分');
    expect(
      await t.db
        .selectFrom('review_assignment')
        .select(['status', 'version'])
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'assigned', version: a.version });
    const draft = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: a.version,
      scores: { innovation: 20, feasibility: 30, benefit: 20 },
      submit: false,
    });
    expect(draft.json()).toMatchObject({ status: 'assigned', score: null });
    const done = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: draft.json().version,
      scores: { innovation: 20.5, feasibility: 30, benefit: 20 },
    });
    expect(done.json()).toMatchObject({ status: 'submitted', score: '70.50' });
    const again = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: done.json().version,
      scores: { innovation: 30, feasibility: 40, benefit: 30 },
    });
    expect(again.statusCode).toBe(409);
    const change = await staff.put(`/api/v1/calls/${call.id}`, {
      version: call.version,
      criteria: [{ key: 'x', label: '新指标', maxScore: 100, weight: 1 }],
    });
    expect(change.statusCode).toBe(409);
  });
});

describe('the leader confirms the ranking and scores freeze', () => {
  it('refuses while reviews are pending, refuses staff, then records who and when', async () => {
    const call = await createCall(staff);
    const done = await reviewed(call, ['expert', 'expert2']);
    const pending = await insertApplication(t, {
      callId: call.id,
      enterpriseId: dingfeng,
      state: 'recommended',
      title: '评审未完成的项目',
    });
    await staff.post('/api/v1/reviews/assign', {
      applicationIds: [pending.id],
      expertIds: [experts.expert.id, experts.expert4.id],
    });
    const early = await leader.post(`/api/v1/calls/${call.id}/ranking/confirm`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('评审未完成的项目');
    // Withdraw the pending assignments (allowed: nothing submitted yet), so every remaining review is complete.
    for (const r of await t.db
      .selectFrom('review_assignment')
      .select('id')
      .where('application_id', '=', pending.id)
      .execute()) {
      expect((await staff.del(`/api/v1/reviews/${r.id}`)).statusCode).toBe(200);
    }
    expect((await staff.post(`/api/v1/calls/${call.id}/ranking/confirm`)).statusCode).toBe(403);
    const ok = await leader.post(`/api/v1/calls/${call.id}/ranking/confirm`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().confirmed.by).toBe('李局长');
    expect(ok.json().items[0]).toMatchObject({ applicationId: done.id, finalScore: '86.50', rank: 1 });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_name'])
      .where('action', '=', 'project.ranking.confirm')
      .where('object_id', '=', String(call.id))
      .executeTakeFirstOrThrow();
    expect(audit.actor_name).toBe('leader');
    expect((await leader.post(`/api/v1/calls/${call.id}/ranking/confirm`)).statusCode).toBe(409);

    // Frozen: even a review put back to 'assigned' cannot be scored, no expert can be added, and the ranking stays as confirmed.
    const a = await t.db
      .updateTable('review_assignment')
      .set({ status: 'assigned' })
      .where('application_id', '=', done.id)
      .where('expert_id', '=', experts.expert.id)
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const late = await experts.expert.client.post(`/api/v1/reviews/${a.id}/score`, {
      version: a.version,
      scores: { innovation: 30, feasibility: 40, benefit: 30 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('评分已冻结');
    expect(
      (await staff.post('/api/v1/reviews/assign', { applicationIds: [done.id], expertIds: [experts.expert4.id] }))
        .statusCode,
    ).toBe(409);
    expect((await staff.get(`/api/v1/calls/${call.id}/ranking`)).json().items[0].finalScore).toBe('86.50');
  });
});
