import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { GOOD_FORM, formFor, openTask, plus, save, saveAndSubmit, unitVersion } from './rd.test-support';

// 青龙管业 reported 1680万 for 2022 H1 (demo); the same level now triggers no jump warning.
const QL = formFor('16800000.00');

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let task: { id: number; version: number };
let ql: number; // 青龙管业, qiye's own unit
let hx: number; // 华硒生物
let zz: number; // 众智众创
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  const opened = await openTask(t, staff, '2023H1', ['青龙管业', '华硒', '众智众创'], '2023-07-20');
  task = opened.task;
  [ql, hx, zz] = ['青龙管业', '华硒', '众智众创'].map(opened.unitOf);
});
afterAll(() => t?.close());

const row = (id: number) => t.db.selectFrom('rd_task_unit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the unit opens its form, pre-filled from the register', () => {
  it('lists the open task for the enterprise user and bells it', async () => {
    const mine = (await qiye.get('/api/v1/rd/my-reports')).json();
    expect(mine.map((r: { period: string }) => r.period)).toContain('2023H1');
    const bell = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.title')
      .where('u.username', '=', 'qiye')
      .where('m.category', '=', 'rd')
      .execute();
    expect(bell.map((b) => b.title)).toContain('研发经费填报：2023H1 测试任务');
  });

  it('pre-fills staff and revenue from the latest register year and says so', async () => {
    const form = (await qiye.get(`/api/v1/rd/units/${ql}`)).json();
    const y = await t.db
      .selectFrom('enterprise_yearly as y')
      .innerJoin('enterprise as e', 'e.id', 'y.enterprise_id')
      .select(['y.staff_total', 'y.revenue'])
      .where('e.name', '=', '甘肃青龙管业有限责任公司')
      .where('y.year', '=', 2021)
      .executeTakeFirstOrThrow();
    expect([form.status, form.staffTotal, form.revenue]).toEqual(['not_filled', y.staff_total, y.revenue]);
    expect(form.prefill.staffTotal).toBe('企业名录 2021 年度职工总数');
    expect(form.prefill.revenue).toContain('请改为2023年上半年实际数');
  });
});

describe('bad input is refused naming the field, and nothing is saved', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a negative amount', { labor: '-1.00' }, '人员劳务费不能为负数'],
    ['text in a number field', { revenue: '一千万' }, '营业收入须为数字（单位：元），“一千万”不是数字'],
    ['a head count with decimals', { rdStaff: 2.5 }, '研发人员数须为整数'],
    ['three decimals', { external: '0.001' }, '研发经费外部支出最多两位小数'],
    [
      'a sub-item larger than its total',
      { labor: '1000000.01' },
      '人员劳务费 1,000,000.01 元 大于研发经费内部支出合计 1,000,000.00 元',
    ],
    [
      'government money above the total',
      { fundsGovernment: '1000000.01' },
      '政府资金 1,000,000.01 元 大于研发经费内部支出合计 1,000,000.00 元',
    ],
    [
      'a project government share above the project',
      { projects: [{ ...GOOD_FORM.projects[0], government: '600000.01' }] },
      '第 1 个研发项目“马铃薯淀粉废水资源化”的其中政府资金 600,000.01 元 大于该项目经费内部支出 600,000.00 元',
    ],
    [
      'a project larger than the unit total',
      { projects: [{ ...GOOD_FORM.projects[0], expenditure: '1000000.01', government: '0' }] },
      '经费内部支出 1,000,000.01 元 大于单位研发经费内部支出合计',
    ],
  ])('%s', async (_name, patch, message) => {
    const before = await row(ql);
    const res = await save(t, qiye, ql, { ...GOOD_FORM, ...patch });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.message).toContain(message);
    const after = await row(ql);
    expect([after.version, after.status, after.labor]).toEqual([before.version, before.status, before.labor]);
    expect(await t.db.selectFrom('rd_project').select('id').where('task_unit_id', '=', ql).execute()).toHaveLength(0);
  });
});

describe('save, cross-check, submit, review', () => {
  it('saves a consistent form with no findings and keeps the projects', async () => {
    const res = await save(t, qiye, ql, QL);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'saved',
      internalTotal: '16800000.00',
      filledByStaff: false,
      findings: [],
    });
    expect(res.json().projects).toEqual([
      expect.objectContaining({ name: '马铃薯淀粉废水资源化', expenditure: '10080000.00', government: '1680000.00' }),
    ]);
  });

  it('refuses a stale version with 409 and overwrites nothing', async () => {
    const v = await unitVersion(t, ql);
    const res = await qiye.put(`/api/v1/rd/units/${ql}`, {
      ...QL,
      labor: QL.materials,
      materials: QL.labor,
      version: v - 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已被他人修改');
    expect((await row(ql)).labor).toBe(QL.labor);
  });

  it('returns an error finding on save and blocks submission with it', async () => {
    const saved = await save(t, qiye, ql, { ...QL, otherCost: plus(QL.otherCost, '0.10') });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().findings.map((f: { code: string }) => f.code)).toEqual(['by-type-sum-mismatch']);
    const sub = await qiye.post(`/api/v1/rd/units/${ql}/submit`, { version: await unitVersion(t, ql) });
    expect(sub.statusCode).toBe(400);
    expect(sub.json().error.message).toContain('相差 0.10 元');
    expect((await row(ql)).status).toBe('saved');
  });

  it('needs an explanation for a warning before submitting', async () => {
    const blocked = await saveAndSubmit(t, qiye, ql, { ...QL, revenue: '16799999.99' });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().error.message).toContain('须填写情况说明');
    expect(blocked.json().error.details[0].field).toBe('explanations.rd-above-revenue');
    const ok = await saveAndSubmit(t, qiye, ql, {
      ...QL,
      revenue: '16799999.99',
      explanations: { 'rd-above-revenue': '新产品研发期，尚无规模销售' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('submitted');
    expect(ok.json().findings[0]).toMatchObject({
      code: 'rd-above-revenue',
      explanation: '新产品研发期，尚无规模销售',
    });
    const timeline = (await staff.get(`/api/v1/enterprises/${(await row(ql)).enterprise_id}/timeline`)).json();
    expect(timeline[0].title).toBe('提交研发经费填报：2023H1 测试任务');
    // Money in a sentence reads in 万元 with 2 decimals (16800000.00 元 is 1,680.00 万元).
    expect(timeline[0].detail).toBe('研发经费内部支出 1,680.00 万元');
  });

  it('locks a submitted form against the unit', async () => {
    const res = await save(t, qiye, ql, QL);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已提交');
  });

  it('returns with a reason (required), the unit corrects and resubmits, staff approve', async () => {
    const noReason = await staff.post(`/api/v1/rd/units/${ql}/return`, { version: await unitVersion(t, ql) });
    expect(noReason.statusCode).toBe(400);
    const ret = await staff.post(`/api/v1/rd/units/${ql}/return`, {
      version: await unitVersion(t, ql),
      reason: '营业收入与企业所得税申报不符，请核实',
    });
    expect(ret.json()).toMatchObject({ status: 'returned', returnReason: '营业收入与企业所得税申报不符，请核实' });
    const bell = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.body')
      .where('u.username', '=', 'qiye')
      .where('m.title', 'like', '%退回%')
      .execute();
    expect(bell[0].body).toContain('营业收入与企业所得税申报不符');
    const edited = await save(t, qiye, ql, QL);
    expect(edited.json().status).toBe('returned');
    const again = await qiye.post(`/api/v1/rd/units/${ql}/submit`, { version: await unitVersion(t, ql) });
    expect(again.json().status).toBe('submitted');
    const approved = await staff.post(`/api/v1/rd/units/${ql}/approve`, { version: await unitVersion(t, ql) });
    expect(approved.json()).toMatchObject({ status: 'approved', returnReason: null });
    expect((await qiye.post(`/api/v1/rd/units/${ql}/approve`, { version: await unitVersion(t, ql) })).statusCode).toBe(
      403,
    );
  });

  it('lets staff fill on behalf of a unit', async () => {
    const res = await saveAndSubmit(t, staff, hx, formFor('1720000.00'));
    expect(res.json()).toMatchObject({ status: 'submitted', filledByStaff: true });
    const list = (await staff.get(`/api/v1/rd/tasks/${task.id}/units?status=submitted`)).json();
    expect(list.data.map((u: { id: number }) => u.id)).toEqual([hx]);
  });

  it('refuses the enterprise user on a unit outside its own (another enterprise in the task)', async () => {
    const res = await save(t, qiye, hx, GOOD_FORM);
    expect(res.statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/rd/units/${hx}`)).statusCode).toBe(403);
  });

  it('refuses saving and submitting after the task is closed, and saves nothing', async () => {
    const cur = (await staff.get(`/api/v1/rd/tasks/${task.id}`)).json();
    const closed = await staff.post(`/api/v1/rd/tasks/${task.id}/close`, { version: cur.version });
    expect(closed.json().status).toBe('closed');
    const res = await save(t, staff, zz, GOOD_FORM);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('填报任务已截止（截止日期 2023-07-20），不能再保存');
    expect((await row(zz)).status).toBe('not_filled');
    const sub = await staff.post(`/api/v1/rd/units/${zz}/submit`, { version: await unitVersion(t, zz) });
    expect(sub.json().error.message).toContain('不能再提交');
    // Review continues after closing: the submitted form can still be approved, but not returned.
    expect(
      (await staff.post(`/api/v1/rd/units/${hx}/return`, { version: await unitVersion(t, hx), reason: '请核实' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await staff.post(`/api/v1/rd/units/${hx}/approve`, { version: await unitVersion(t, hx) })).json().status,
    ).toBe('approved');
  });

  it('audits every change', async () => {
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', 'in', ['rd_task', 'rd_task_unit'])
      .execute();
    const set = new Set(actions.map((a) => a.action));
    for (const a of [
      'rd.task.create',
      'rd.task.open',
      'rd.task.close',
      'rd.form.save',
      'rd.form.submit',
      'rd.form.return',
      'rd.form.approve',
    ]) {
      expect(set).toContain(a);
    }
  });
});
