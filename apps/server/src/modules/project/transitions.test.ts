import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATES, APPLICATION_STATE_LABELS, findTransition } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication, trail } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let callId: number;
let qinglong: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  callId = (await createCall(staff)).id;
  qinglong = await enterpriseId(t, '青龙管业');
});
afterAll(() => t?.close());

const pairs = APPLICATION_STATES.flatMap((from) => APPLICATION_STATES.map((to) => [from, to] as const));

describe('every move of the state machine over HTTP (table-driven over the domain table)', () => {
  it.each(pairs)('%s → %s', async (from, to) => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: from });
    const allowed = findTransition(from, to);
    // The applicant's own moves are made by the enterprise user; the bureau's by staff.
    const actor = allowed?.by === 'applicant' ? qiye : staff;
    const before = await trail(t, app.id);
    const res = await actor.post(`/api/v1/applications/${app.id}/transitions`, {
      to,
      version: app.version,
      comment: '审核意见：材料齐全',
    });
    const after = await trail(t, app.id);
    if (allowed) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().state).toBe(to);
      expect(after).toEqual({
        transitions: before.transitions + 1,
        audits: before.audits + 1,
        events: before.events + 1,
      });
      const rec = await t.db
        .selectFrom('project_transition')
        .selectAll()
        .where('application_id', '=', app.id)
        .executeTakeFirstOrThrow();
      expect([rec.from_state, rec.to_state, rec.comment]).toEqual([from, to, '审核意见：材料齐全']);
      expect(rec.actor_name).toBe(allowed.by === 'applicant' ? '青龙管业联络员' : '王科员');
    } else {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain(
        `从“${APPLICATION_STATE_LABELS[from]}”变为“${APPLICATION_STATE_LABELS[to]}”`,
      );
      expect(after).toEqual(before);
      const row = await t.db
        .selectFrom('project_application')
        .select(['state', 'version'])
        .where('id', '=', app.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ state: from, version: app.version });
    }
  });
});

describe('who may make a move', () => {
  it('refuses a bureau move by the enterprise user (403) and records nothing', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'county_review' });
    const res = await qiye.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'recommended',
      version: app.version,
    });
    expect(res.statusCode).toBe(403);
    expect(await trail(t, app.id)).toEqual({ transitions: 0, audits: 0, events: 0 });
  });

  it('lets staff submit on behalf of an enterprise and records that they did', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const res = await staff.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'submitted',
      version: app.version,
    });
    expect(res.statusCode).toBe(200);
    const rec = await t.db
      .selectFrom('project_transition')
      .select('on_behalf')
      .where('application_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(rec.on_behalf).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', String(app.id))
      .where('action', '=', 'project.application.transition')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ onBehalf: true, from: 'draft', to: 'submitted' });
  });

  it('requires a reason to return, and hides internal comments from the applicant', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'county_review' });
    const noReason = await staff.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'returned',
      version: app.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('退回修改');
    const ok = await staff.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'returned',
      version: app.version,
      comment: '企业信用记录待核实',
      visibility: 'internal',
    });
    expect(ok.statusCode).toBe(200);
    const seenByStaff = (await staff.get(`/api/v1/applications/${app.id}/transitions`)).json();
    const seenByApplicant = (await qiye.get(`/api/v1/applications/${app.id}/transitions`)).json();
    expect(seenByStaff[0].comment).toBe('企业信用记录待核实');
    expect(seenByApplicant[0]).toMatchObject({
      fromLabel: '县级审核',
      toLabel: '退回修改',
      comment: null,
      visibility: 'internal',
    });
    const timeline = (await qiye.get(`/api/v1/enterprises/${qinglong}/timeline`)).json() as { detail: string | null }[];
    expect(JSON.stringify(timeline)).not.toContain('企业信用记录待核实');
  });
});

describe('submission rules', () => {
  it('refuses submission after the call closed, naming the call', async () => {
    const closed = await createCall(staff, {
      opensAt: '2022-03-01T00:00:00+08:00',
      closesAt: '2022-04-15T17:30:00+08:00',
      title: '已截止的测试批次',
    });
    const app = await insertApplication(t, { callId: closed.id, enterpriseId: qinglong, state: 'draft' });
    const res = await qiye.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'submitted',
      version: app.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已截止的测试批次');
    expect(res.json().error.message).toContain('截止受理');
    expect(await trail(t, app.id)).toEqual({ transitions: 0, audits: 0, events: 0 });
  });

  it('refuses submission with a required field or attachment missing, naming them', async () => {
    const fresh = await createCall(staff);
    const created = await qiye.post('/api/v1/applications', {
      callId: fresh.id,
      title: '管道防腐检测装置研制',
      data: { budget: '50000' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const a = created.json();
    expect(a.state).toBe('draft');
    const res = await qiye.post(`/api/v1/applications/${a.id}/transitions`, { to: 'submitted', version: a.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('必填项“项目负责人”未填写');
    expect(res.json().error.message).toContain('缺少必传附件“可行性研究报告”');
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['feasibility', 'leader']);
    expect(
      (await t.db.selectFrom('project_application').select('state').where('id', '=', a.id).executeTakeFirstOrThrow())
        .state,
    ).toBe('draft');
  });

  it('refuses form data of the wrong type on save', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const res = await qiye.put(`/api/v1/applications/${app.id}`, {
      version: app.version,
      data: { leader: '张三', budget: '十万元', unknown: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('“项目总投资（元）”须为数字（单位：元），“十万元”不是数字');
    expect(res.json().error.message).toContain('表单中没有字段“unknown”');
  });
});

describe('optimistic locking and batch actions', () => {
  it('gives the second of two staff editing the same application a 409 and keeps the first change', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const other = await t.as('staff');
    const first = await staff.put(`/api/v1/applications/${app.id}`, {
      version: app.version,
      title: '第一位业务人员的修改',
    });
    const second = await other.put(`/api/v1/applications/${app.id}`, {
      version: app.version,
      title: '第二位业务人员的修改',
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('VERSION_CONFLICT');
    const row = await t.db
      .selectFrom('project_application')
      .select(['title', 'version'])
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: '第一位业务人员的修改', version: app.version + 1 });
    const staleMove = await other.post(`/api/v1/applications/${app.id}/transitions`, {
      to: 'submitted',
      version: app.version,
    });
    expect(staleMove.statusCode).toBe(409);
  });

  it('recommends many at once and reports each one', async () => {
    const a = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'county_review' });
    const b = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'county_review' });
    const c = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const res = await staff.post('/api/v1/applications/batch-transition', {
      items: [a, b, c].map(({ id, version }) => ({ id, version })),
      to: 'recommended',
      comment: '同意推荐',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
    expect(res.json()[2].error.code).toBe('CONFLICT');
    expect((await trail(t, c.id)).transitions).toBe(0);
  });
});
