import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let callId: number;
let qinglong: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  callId = (await createCall(staff)).id;
  qinglong = await enterpriseId(t, '青龙管业');
});
afterAll(() => t?.close());

const REASON = '县政府常务会议决定恢复该项目立项，依据会议纪要第12号';

describe('强制变更状态 (project:application:override)', () => {
  it('refuses users without the permission (403), and ordinary staff still cannot make an illegal move', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'rejected' });
    const res = await staff.post(`/api/v1/applications/${app.id}/override`, {
      to: 'approved',
      version: app.version,
      reason: REASON,
    });
    expect(res.statusCode).toBe(403);
    const illegal = await staff.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'approved',
      version: app.version,
      comment: REASON,
    });
    expect(illegal.statusCode).toBe(409);
  });

  it('refuses an override without a reason or with a short one (400, Chinese message)', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'rejected' });
    for (const reason of [undefined, '', '太短了']) {
      const res = await leader.post(`/api/v1/applications/${app.id}/override`, {
        to: 'approved',
        version: app.version,
        ...(reason === undefined ? {} : { reason }),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain('强制变更状态须填写原因');
    }
    const row = await t.db
      .selectFrom('project_application')
      .select('state')
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('rejected');
  });

  it('moves the application with a reason and records a flagged transition, an audit row and a timeline entry', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'rejected' });
    const res = await leader.post(`/api/v1/applications/${app.id}/override`, {
      to: 'approved',
      version: app.version,
      reason: REASON,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: app.id, state: 'approved' });
    const transition = await t.db
      .selectFrom('project_transition')
      .selectAll()
      .where('application_id', '=', app.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(transition).toMatchObject({ from_state: 'rejected', to_state: 'approved', override: true, comment: REASON });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'project.application.override')
      .where('object_id', '=', String(app.id))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ from: 'rejected', to: 'approved', reason: REASON, override: true });
    const event = await t.db
      .selectFrom('enterprise_event')
      .select(['title'])
      .where('ref_type', '=', 'project_application')
      .where('ref_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(event.title).toContain('强制变更');
    const history = (await staff.get(`/api/v1/applications/${app.id}/transitions`)).json();
    expect(history.at(-1)).toMatchObject({ from: 'rejected', to: 'approved', override: true });
    // The old version is stale now.
    expect(
      (
        await leader.post(`/api/v1/applications/${app.id}/override`, {
          to: 'rejected',
          version: app.version,
          reason: REASON,
        })
      ).statusCode,
    ).toBe(409);
  });
});
