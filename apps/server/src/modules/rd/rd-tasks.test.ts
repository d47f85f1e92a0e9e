import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { testDbKind } from '../../../test/test-db';
import { enterpriseId } from './rd.test-support';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const create = (body: Record<string, unknown>) =>
  staff.post('/api/v1/rd/tasks', { title: '测试任务', dueDate: '2023-03-10', ...body });
const names = async (taskId: number) =>
  ((await staff.get(`/api/v1/rd/tasks/${taskId}/units?pageSize=200`)).json().data as { enterpriseName: string }[])
    .map((u) => u.enterpriseName)
    .sort();

describe('picking the units that must report', () => {
  it('picks all 高企 of the period (首阳山中药; 青龙管业 is only applying)', async () => {
    const res = await create({ period: '2022H2', units: { picks: ['high_tech'] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'draft',
      periodLabel: '2022年下半年',
      counts: { units: 1, notFilled: 1, reportedRate: '0.00' },
    });
    expect(await names(res.json().id)).toEqual(['甘肃首阳山中药科技有限公司']);
  });

  it('skips units already reporting for the period in another task, and says where', async () => {
    const res = await create({ period: '2022H2', units: { picks: ['tech_sme'] } });
    expect(res.json().counts.units).toBe(21); // 22 科小 of 2022; 首阳山 is one of them but already taken
    expect(res.json().skipped).toEqual([
      expect.objectContaining({
        enterpriseName: '甘肃首阳山中药科技有限公司',
        reason: expect.stringContaining('已在“测试任务”中填报2022年下半年数据'),
      }),
    ]);
  });

  it('picks by tag (规上企业) and by explicit ids; ids outside the region are reported', async () => {
    const tag = await create({ period: '2023', units: { tags: ['规上企业'] } });
    expect(await names(tag.json().id)).toEqual(
      [
        '甘肃丰源薯业有限公司',
        '甘肃爱味客马铃薯加工有限公司',
        '甘肃诚泰药业有限公司',
        '甘肃锦世化工有限责任公司',
        '甘肃青龙管业有限责任公司',
        '陇西金鼎铝业有限公司',
      ].sort(),
    );
    const ids = await create({ period: '2023H1', units: { enterpriseIds: [await enterpriseId(t, '华硒'), 999_999] } });
    expect(ids.json().counts.units).toBe(1);
    expect(ids.json().skipped).toEqual([
      { enterpriseId: 999_999, enterpriseName: '#999999', reason: '不在任务所属区划内或不存在' },
    ]);
  });

  it('refuses an empty pick, a bad period and a due date before the period starts, naming the field', async () => {
    expect((await create({ period: '2023', units: {} })).json().error.message).toContain('请至少选择一种单位范围');
    expect((await create({ period: '2023Q3', units: { picks: ['all'] } })).json().error.message).toContain(
      '统计期间须为年度',
    );
    const early = await create({ period: '2024', dueDate: '2023-12-31', units: { picks: ['all'] } });
    expect(early.json().error).toMatchObject({
      message: '截止日期 2023-12-31 早于统计期间开始日 2024-01-01',
      details: [{ field: 'dueDate' }],
    });
    expect(await t.db.selectFrom('rd_task').select('id').where('period', '=', '2024').execute()).toHaveLength(0);
  });
});

describe('task life', () => {
  it('adds and removes units, opens, closes, reopens, edits under optimistic locking', async () => {
    const created = (
      await create({ period: '2025', dueDate: '2026-03-10', units: { enterpriseIds: [await enterpriseId(t, '华硒')] } })
    ).json();
    const added = await staff.post(`/api/v1/rd/tasks/${created.id}/units`, {
      version: created.version,
      units: { enterpriseIds: [await enterpriseId(t, '菜源')] },
    });
    expect(added.json()).toMatchObject({ added: 1, task: { counts: { units: 2 } } });
    const unit = (await staff.get(`/api/v1/rd/tasks/${created.id}/units?keyword=菜源`)).json().data[0];
    const removed = await staff.del(`/api/v1/rd/tasks/${created.id}/units/${unit.id}?version=${unit.version}`);
    expect(removed.json().counts.units).toBe(1);
    const stale = await staff.put(`/api/v1/rd/tasks/${created.id}`, {
      version: created.version,
      dueDate: '2026-03-31',
    });
    expect(stale.statusCode).toBe(409);
    let task = (await staff.get(`/api/v1/rd/tasks/${created.id}`)).json();
    task = (await staff.put(`/api/v1/rd/tasks/${created.id}`, { version: task.version, dueDate: '2026-03-31' })).json();
    expect(task.dueDate).toBe('2026-03-31');
    task = (await staff.post(`/api/v1/rd/tasks/${created.id}/open`, { version: task.version })).json();
    expect(task.status).toBe('open');
    expect(
      (await staff.post(`/api/v1/rd/tasks/${created.id}/open`, { version: task.version })).json().error.message,
    ).toContain('当前为“填报中”，不能发布');
    task = (await staff.post(`/api/v1/rd/tasks/${created.id}/close`, { version: task.version })).json();
    expect(task.status).toBe('closed');
    task = (await staff.post(`/api/v1/rd/tasks/${created.id}/reopen`, { version: task.version })).json();
    expect([task.status, task.closedAt]).toEqual(['open', null]);
    const list = (await staff.get('/api/v1/rd/tasks?period=2025')).json();
    expect(list.data.map((x: { id: number }) => x.id)).toEqual([created.id]);
  });
});

describe('removing a unit while it starts filling', () => {
  // Two connections are needed to hold the unit while the removal runs: PostgreSQL only.
  it.skipIf(testDbKind() !== 'postgres')(
    'keeps a unit whose form is saved while the removal waits, and audits no removal (409)',
    async () => {
      const task = (
        await create({
          period: '2024H1',
          dueDate: '2024-07-20',
          units: { enterpriseIds: [await enterpriseId(t, '菜源')] },
        })
      ).json();
      const unit = (await staff.get(`/api/v1/rd/tasks/${task.id}/units`)).json().data[0];
      let removal: ReturnType<typeof staff.del> | undefined;
      // A save in progress: it holds the unit, then commits it as 已保存 with a new version.
      await t.db.transaction().execute(async (trx) => {
        await trx.selectFrom('rd_task_unit').select('id').where('id', '=', unit.id).forUpdate().execute();
        removal = staff.del(`/api/v1/rd/tasks/${task.id}/units/${unit.id}?version=${unit.version}`);
        await new Promise((done) => setTimeout(done, 500));
        await trx
          .updateTable('rd_task_unit')
          .set({ status: 'saved', version: unit.version + 1 })
          .where('id', '=', unit.id)
          .execute();
      });
      const res = await removal!;
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.message).toBe('该单位已开始填报，不能移除');
      const kept = await t.db.selectFrom('rd_task_unit').select('status').where('id', '=', unit.id).executeTakeFirst();
      expect(kept?.status).toBe('saved');
      const audited = await t.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'rd.task.remove-unit')
        .where('object_id', '=', String(task.id))
        .execute();
      expect(audited).toEqual([]);
    },
  );
});

describe('the unit list', () => {
  it('lists a task’s units by township (none last), then by name in pinyin order, each once across pages', async () => {
    const task = await t.db.selectFrom('rd_task').select('id').where('period', '=', '2022H1').executeTakeFirstOrThrow();
    const expected = await t.db
      .selectFrom('rd_task_unit as u')
      .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
      .select('u.id')
      .where('u.task_id', '=', task.id)
      .orderBy('u.township_code', 'asc')
      .orderBy('e.name_pinyin', 'asc')
      .orderBy('u.id', 'asc')
      .execute();
    expect(expected.length).toBeGreaterThan(8);
    const whole = (await staff.get(`/api/v1/rd/tasks/${task.id}/units?pageSize=200`)).json();
    expect(whole.data.map((u: { id: number }) => u.id)).toEqual(expected.map((u) => u.id));
    expect(whole.total).toBe(expected.length);
    const paged: number[] = [];
    for (let current = 1; paged.length < expected.length; current++) {
      const p = (await staff.get(`/api/v1/rd/tasks/${task.id}/units?pageSize=4&current=${current}`)).json();
      expect(p.total).toBe(expected.length);
      paged.push(...p.data.map((u: { id: number }) => u.id));
    }
    expect(paged).toEqual(expected.map((u) => u.id));
  });
});

describe('reminders (催报)', () => {
  it('bells the enterprise users of units that have not reported, and sends staff the completion rate', async () => {
    const task = await t.db.selectFrom('rd_task').select('id').where('period', '=', '2022H1').executeTakeFirstOrThrow();
    // Link a user to 海升果业 (未填) so its reminder has someone to reach.
    const hs = await enterpriseId(t, '海升果业');
    const user = await t.db
      .insertInto('app_user')
      .values({
        username: 'haisheng',
        display_name: '海升联络员',
        password_hash: 'x',
        region_code: '621122',
        enterprise_id: hs,
        must_change_password: false,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await staff.post(`/api/v1/rd/tasks/${task.id}/remind`, {});
    expect(res.statusCode, res.body).toBe(200);
    await t.app.jobs.drain();
    const job = await t.db.selectFrom('job').selectAll().where('id', '=', res.json().jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ tasks: 1, units: 4, users: 1 }); // 2 未填, 1 已保存, 1 退回
    const bells = await t.db.selectFrom('message').selectAll().where('user_id', '=', user.id).execute();
    expect(bells[0]).toMatchObject({ category: 'rd', title: '已逾期：2022年上半年全社会研发经费归集' });
    expect(bells[0].body).toContain('陇西海升果业有限公司的2022年上半年研发经费填报尚未提交，截止日期 2022-07-20');
    const summary = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['m.title', 'm.body'])
      .where('u.username', '=', 'staff')
      .where('m.category', '=', 'rd')
      .execute();
    expect(summary[0].title).toBe('填报进度：2022年上半年全社会研发经费归集 填报率 85.71%');
    expect(summary[0].body).toContain('未报 4 家');
  });

  it('refuses reminding a task that is not open', async () => {
    const task = await t.db.selectFrom('rd_task').select('id').where('period', '=', '2021').executeTakeFirstOrThrow();
    expect((await staff.post(`/api/v1/rd/tasks/${task.id}/remind`, {})).statusCode).toBe(409);
  });
});

describe('OpenAPI', () => {
  it('documents every R&D endpoint with a Chinese summary', async () => {
    // Behind sign-in: anonymous callers are refused, a signed-in user reads it.
    expect((await t.client().get('/api/docs/json')).statusCode).toBe(401);
    expect((await t.client().get('/api/docs')).statusCode).toBe(401);
    const res = await staff.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const paths = Object.entries(res.json().paths as Record<string, Record<string, { summary?: string }>>).filter(
      ([p]) => p.startsWith('/api/v1/rd/'),
    );
    expect(paths.length).toBeGreaterThanOrEqual(25);
    for (const [path, ops] of paths) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.summary ?? '', `${method} ${path}`).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });
});
