import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { GOOD_FORM } from './rd.test-support';

let t: TestApp;
const c: Record<string, TestClient> = {};
let task2022: { id: number; version: number };
let task2021: number;
let own: number; // qiye's unit (青龙管业) in 2022 H1
let other: number; // 华硒生物 in 2022 H1
let foreignTask: number;
let foreignUnit: number;
beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['staff', 'leader', 'qiye', 'tpy', 'expert']) c[who] = await t.as(who);
  task2022 = await t.db
    .selectFrom('rd_task')
    .select(['id', 'version'])
    .where('period', '=', '2022H1')
    .executeTakeFirstOrThrow();
  task2021 = (await t.db.selectFrom('rd_task').select('id').where('period', '=', '2021').executeTakeFirstOrThrow()).id;
  const unitOf = async (name: string) =>
    (
      await t.db
        .selectFrom('rd_task_unit as u')
        .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
        .select('u.id')
        .where('u.task_id', '=', task2022.id)
        .where('e.name', 'like', `%${name}%`)
        .executeTakeFirstOrThrow()
    ).id;
  own = await unitOf('青龙管业');
  other = await unitOf('华硒');
  // Another county (定西市安定区 621102) with its own task and unit.
  const e = await t.db
    .insertInto('enterprise')
    .values({
      region_code: '621102',
      name: '安定测试企业',
      name_initials: 'adcsqy',
      name_pinyin: 'andingceshiqiye',
      credit_code: '91621102MA7TEST01X',
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const task = await t.db
    .insertInto('rd_task')
    .values({
      region_code: '621102',
      title: '安定区任务',
      period: '2022H1',
      due_date: '2022-07-20',
      status: 'open',
      unit_filter: '{}',
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  foreignTask = task.id;
  foreignUnit = (
    await t.db
      .insertInto('rd_task_unit')
      .values({
        task_id: task.id,
        enterprise_id: e.id,
        region_code: '621102',
        period: '2022H1',
        performer: 'enterprise',
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t?.close());

describe('enterprise users see only their own unit', () => {
  it('reads its own form but not another unit’s (403)', async () => {
    expect((await c.qiye.get(`/api/v1/rd/units/${own}`)).statusCode).toBe(200);
    const res = await c.qiye.get(`/api/v1/rd/units/${other}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('OUT_OF_SCOPE');
  });

  it('cannot reach task lists, unit lists, findings, completion, deductions or the period totals', async () => {
    for (const url of [
      '/api/v1/rd/tasks',
      `/api/v1/rd/tasks/${task2022.id}`,
      `/api/v1/rd/tasks/${task2022.id}/units`,
      `/api/v1/rd/tasks/${task2022.id}/findings`,
      `/api/v1/rd/tasks/${task2022.id}/completion`,
      `/api/v1/rd/tasks/${task2022.id}/deductions`,
      '/api/v1/rd/summary?period=2022H1',
      '/api/v1/rd/trend',
      '/api/v1/rd/indicators',
    ]) {
      expect((await c.qiye.get(url)).statusCode, url).toBe(403);
    }
  });

  it('is refused before any task is looked up, so a task id that does not exist tells nothing (403, not 404)', async () => {
    for (const url of ['/api/v1/rd/tasks/999999', '/api/v1/rd/tasks/999999/export']) {
      expect((await c.qiye.get(url)).statusCode, url).toBe(403);
      expect((await c.staff.get(url)).statusCode, url).toBe(404);
    }
  });

  it('sees the county totals only after a leader publishes them', async () => {
    const before = await c.qiye.get(`/api/v1/rd/tasks/${task2022.id}/summary`);
    expect(before.statusCode).toBe(403);
    expect(before.json().error.message).toContain('尚未由局领导发布');
    // 2021 was published: totals only, on the approved basis whatever is asked.
    const published = await c.qiye.get(`/api/v1/rd/tasks/${task2021}/summary?basis=reported`);
    expect(published.statusCode).toBe(200);
    expect(published.json().basis).toBe('approved');
    expect(JSON.stringify(published.json())).not.toContain('unitIds');

    expect(
      (await c.staff.post(`/api/v1/rd/tasks/${task2022.id}/publish`, { version: task2022.version, published: true }))
        .statusCode,
    ).toBe(403);
    const pub = await c.leader.post(`/api/v1/rd/tasks/${task2022.id}/publish`, {
      version: task2022.version,
      published: true,
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().published).toBe(true);
    const after = await c.qiye.get(`/api/v1/rd/tasks/${task2022.id}/summary`);
    expect(after.json().total.internalTotal).toBe('72000000.00');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('action', '=', 'rd.task.publish')
      .executeTakeFirstOrThrow();
    expect(audit.actor_name).toBe('leader');
    // Withdrawn again.
    await c.leader.post(`/api/v1/rd/tasks/${task2022.id}/publish`, { version: pub.json().version, published: false });
    expect((await c.qiye.get(`/api/v1/rd/tasks/${task2022.id}/summary`)).statusCode).toBe(403);
  });
});

describe('roles', () => {
  it('refuses the expert and the commissioner everywhere with 403', async () => {
    for (const who of ['tpy', 'expert']) {
      for (const [method, url, body] of [
        ['GET', '/api/v1/rd/tasks'],
        ['GET', `/api/v1/rd/tasks/${task2022.id}/summary`],
        ['GET', '/api/v1/rd/summary?period=2022H1'],
        ['GET', `/api/v1/rd/units/${own}`],
        ['PUT', `/api/v1/rd/units/${own}`, { ...GOOD_FORM, version: 1 }],
        ['POST', `/api/v1/rd/units/${own}/submit`, { version: 1 }],
        ['GET', '/api/v1/rd/my-reports'],
        [
          'POST',
          '/api/v1/rd/tasks',
          { title: '越权任务', period: '2025', dueDate: '2026-03-10', units: { picks: ['all'] } },
        ],
      ] as const) {
        const res = await c[who].request(method, url, body);
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(403);
      }
    }
  });

  it('lets the leader read but not manage', async () => {
    expect((await c.leader.get(`/api/v1/rd/tasks/${task2022.id}/findings`)).statusCode).toBe(200);
    expect((await c.leader.get('/api/v1/rd/summary?period=2022H1')).statusCode).toBe(200);
    expect(
      (
        await c.leader.post('/api/v1/rd/tasks', {
          title: '领导建任务',
          period: '2025',
          dueDate: '2026-03-10',
          units: { picks: ['all'] },
        })
      ).statusCode,
    ).toBe(403);
    expect((await c.leader.put(`/api/v1/rd/units/${own}`, { ...GOOD_FORM, version: 1 })).statusCode).toBe(403);
    expect((await c.leader.post(`/api/v1/rd/units/${own}/approve`, { version: 1 })).statusCode).toBe(403);
  });

  it('keeps another county’s task and units out of reach', async () => {
    expect((await c.staff.get(`/api/v1/rd/tasks/${foreignTask}`)).statusCode).toBe(403);
    expect((await c.staff.get(`/api/v1/rd/units/${foreignUnit}`)).statusCode).toBe(403);
    expect((await c.staff.put(`/api/v1/rd/units/${foreignUnit}`, { ...GOOD_FORM, version: 1 })).statusCode).toBe(403);
    const list = (await c.staff.get('/api/v1/rd/tasks?pageSize=100')).json();
    expect(list.data.map((x: { id: number }) => x.id)).not.toContain(foreignTask);
    const s = (await c.staff.get('/api/v1/rd/summary?period=2022H1')).json();
    expect(s.unitIds).not.toContain(foreignUnit);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await t.client().get('/api/v1/rd/tasks')).statusCode).toBe(401);
  });

  it('shows each role its own 研发经费 menu', async () => {
    const menu = async (who: string) => JSON.stringify((await c[who].get('/api/v1/auth/me')).json().user.menu);
    expect(await menu('staff')).toContain('审核与核查');
    expect(await menu('staff')).toContain('核查规则');
    expect(await menu('leader')).not.toContain('核查规则');
    expect(await menu('leader')).toContain('汇总与强度');
    expect(await menu('leader')).not.toContain('填报任务');
    expect(await menu('qiye')).toContain('我的填报');
    expect(await menu('qiye')).not.toContain('汇总与强度');
    expect(await menu('expert')).not.toContain('研发经费');
  });
});
