import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, FORM, insertApplication } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
});
afterAll(() => t?.close());

describe('project information after 推荐上报', () => {
  it('is refused before the recommendation and recorded after it, by staff only', async () => {
    const call = await createCall(staff);
    const early = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '青龙管业'),
      state: 'submitted',
    });
    const res = await staff.put(`/api/v1/applications/${early.id}/project-info`, { version: early.version });
    expect(res.statusCode).toBe(409);
    const approved = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '华硒生物'),
      state: 'approved',
    });
    const body = { version: approved.version, projectNo: 'LXKJ-2026-099', approvedAmount: '300000.00' };
    expect((await qiye.put(`/api/v1/applications/${approved.id}/project-info`, body)).statusCode).toBe(403);
    const ok = await staff.put(`/api/v1/applications/${approved.id}/project-info`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ projectNo: 'LXKJ-2026-099', approvedAmount: '300000.00' });
    const form = (await qiye.get(`/api/v1/applications/${early.id}/form`)).json();
    expect(form.callId).toBe(call.id);
    expect(form.form.map((f: { key: string }) => f.key)).toEqual(FORM.map((f) => f.key));
  });
});

describe('the list’s submission dates are Beijing dates', () => {
  it('counts an application submitted at 07:30 Beijing time (23:30 UTC the day before) on its Beijing day', async () => {
    const call = await createCall(staff);
    const a = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '青龙管业'),
      state: 'submitted',
    });
    await t.db
      .updateTable('project_application')
      .set({ submitted_at: new Date('2026-03-01T23:30:00Z') })
      .where('id', '=', a.id)
      .execute();
    const ids = async (from: string, to: string) =>
      (await staff.get(`/api/v1/applications?callId=${call.id}&submittedFrom=${from}&submittedTo=${to}`))
        .json()
        .data.map((r: { id: number }) => r.id);
    expect(await ids('2026-03-02', '2026-03-02')).toEqual([a.id]);
    expect(await ids('2026-03-01', '2026-03-01')).toEqual([]);
    expect(await ids('2026-02-01', '2026-03-01')).toEqual([]);
    expect(await ids('2026-03-02', '2026-03-31')).toEqual([a.id]);
  });
});
