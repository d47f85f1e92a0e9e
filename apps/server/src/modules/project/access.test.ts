import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication, userId } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let expert: TestClient;
let callId: number;
let own: { id: number; version: number };
let other: { id: number; version: number };
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  expert = await t.as('expert');
  callId = (await createCall(staff)).id;
  own = await insertApplication(t, {
    callId,
    enterpriseId: await enterpriseId(t, '青龙管业'),
    state: 'draft',
    title: '本单位的申报书',
  });
  other = await insertApplication(t, {
    callId,
    enterpriseId: await enterpriseId(t, '华硒生物'),
    state: 'draft',
    title: '华硒生物的申报书',
  });
});
afterAll(() => t?.close());

describe('an enterprise user sees and changes only its own applications', () => {
  it('lists only its own', async () => {
    const list = (await qiye.get('/api/v1/applications?pageSize=200')).json();
    expect(list.data.every((a: { enterpriseName: string }) => a.enterpriseName === '甘肃青龙管业有限责任公司')).toBe(
      true,
    );
    expect(list.data.map((a: { id: number }) => a.id)).toContain(own.id);
    expect(list.data.map((a: { id: number }) => a.id)).not.toContain(other.id);
    expect(
      (await qiye.get(`/api/v1/applications?enterpriseId=${await enterpriseId(t, '华硒生物')}`)).json().total,
    ).toBe(0);
  });

  it('gets 403 for another enterprise by id, and cannot change, submit or apply for it', async () => {
    expect((await qiye.get(`/api/v1/applications/${other.id}`)).statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/applications/${other.id}/transitions`)).statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/applications/${other.id}/funding`)).statusCode).toBe(403);
    expect(
      (await qiye.put(`/api/v1/applications/${other.id}`, { version: other.version, title: '篡改他人的申报书' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await qiye.post(`/api/v1/applications/${other.id}/transitions`, { to: 'submitted', version: other.version }))
        .statusCode,
    ).toBe(403);
    const fresh = await createCall(staff);
    const forOther = await qiye.post('/api/v1/applications', {
      callId: fresh.id,
      enterpriseId: await enterpriseId(t, '华硒生物'),
      title: '冒名申报的项目',
    });
    expect(forOther.statusCode).toBe(403);
    const row = await t.db
      .selectFrom('project_application')
      .select(['title', 'version'])
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: '华硒生物的申报书', version: other.version });
  });

  it('sees published calls only, and no bureau pages', async () => {
    const draft = await staff.post('/api/v1/calls', {
      title: '未发布的测试批次',
      category: 'county_plan',
      level: 'county',
      year: 2026,
      opensAt: '2026-01-01T00:00:00+08:00',
      closesAt: '2027-01-01T00:00:00+08:00',
    });
    expect((await qiye.get(`/api/v1/calls/${draft.json().id}`)).statusCode).toBe(404);
    expect(
      (await qiye.get('/api/v1/calls?pageSize=200'))
        .json()
        .data.every((c: { status: string }) => c.status === 'published'),
    ).toBe(true);
    for (const url of [
      '/api/v1/funding',
      '/api/v1/experts',
      `/api/v1/calls/${callId}/ranking`,
      '/api/v1/project-deadlines',
    ]) {
      expect((await qiye.get(url)).statusCode).toBe(403);
    }
  });
});

describe('an expert sees only what is assigned', () => {
  it('cannot see an unassigned application, its files or its history', async () => {
    expect((await expert.get(`/api/v1/applications/${other.id}`)).statusCode).toBe(403);
    expect((await expert.get(`/api/v1/applications/${other.id}/transitions`)).statusCode).toBe(403);
    const list = (await expert.get('/api/v1/applications?pageSize=200')).json();
    expect(list.data.map((a: { id: number }) => a.id)).not.toContain(other.id);
    expect((await expert.get('/api/v1/calls')).statusCode).toBe(403);
    expect((await expert.get('/api/v1/enterprises')).statusCode).toBe(403);
  });

  it('cannot see or score another expert’s assignment', async () => {
    const sub = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
    });
    const assigned = await staff.post('/api/v1/reviews/assign', {
      applicationIds: [sub.id],
      expertIds: [await userId(t, 'expert2'), await userId(t, 'expert3')],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const theirs = await t.db
      .selectFrom('review_assignment')
      .select(['id', 'version'])
      .where('application_id', '=', sub.id)
      .executeTakeFirstOrThrow();
    expect((await expert.get(`/api/v1/reviews/${theirs.id}`)).statusCode).toBe(403);
    expect((await expert.get(`/api/v1/applications/${sub.id}`)).statusCode).toBe(403);
    const res = await expert.post(`/api/v1/reviews/${theirs.id}/score`, {
      version: theirs.version,
      scores: { innovation: 20, feasibility: 30, benefit: 20 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('未分配给您');
    const mine = (await expert.get('/api/v1/reviews?pageSize=200')).json();
    expect(mine.data.every((r: { expertName: string }) => r.expertName === '孙专家')).toBe(true);
  });

  it('sees an application once assigned', async () => {
    const sub = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '鼎丰马铃薯'),
      state: 'county_review',
    });
    await staff.post('/api/v1/reviews/assign', {
      applicationIds: [sub.id],
      expertIds: [await userId(t, 'expert'), await userId(t, 'expert2')],
    });
    expect((await expert.get(`/api/v1/applications/${sub.id}`)).statusCode).toBe(200);
    expect((await expert.get(`/api/v1/applications/${sub.id}`)).json().actions).toEqual([]);
    expect((await expert.get(`/api/v1/applications/${sub.id}/funding`)).statusCode).toBe(403);
  });
});

describe('leaders read, do not write', () => {
  it('reads applications and funding but cannot create calls or move applications', async () => {
    const leader = await t.as('leader');
    expect((await leader.get('/api/v1/applications')).statusCode).toBe(200);
    expect((await leader.get('/api/v1/funding')).statusCode).toBe(200);
    expect((await leader.post('/api/v1/calls', {})).statusCode).toBe(403);
    const res = await leader.post(`/api/v1/applications/${own.id}/transitions`, {
      to: 'submitted',
      version: own.version,
    });
    expect(res.statusCode).toBe(403);
  });
});
