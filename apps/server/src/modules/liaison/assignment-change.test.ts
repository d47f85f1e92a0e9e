import ExcelJS from 'exceljs';
import { addDays, chinaToday } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

const API = '/api/v1/liaison';
const today = chinaToday();

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let otherStaff: TestClient;
let cadreId: number;
let secondCadreId: number;
let outsideCadreId: number;

const idOf = async (username: string) =>
  (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
/** Enterprises of the county the demo assigns to nobody. */
const freeEnterprises = () =>
  t.db
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name'])
    .where('e.region_code', '=', '621122')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('liaison_assignment as a').select('a.id').whereRef('a.enterprise_id', '=', 'e.id')),
      ),
    )
    .orderBy('e.id')
    .execute();
const auditOf = (id: number) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'details', 'before', 'after'])
    .where('object_type', '=', 'liaison_assignment')
    .where('object_id', '=', String(id))
    .orderBy('id')
    .execute();

async function sheet(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  otherStaff = await t.addUser({ username: 'lac_other', role: 'staff', region: '621102', name: '安定区科员' });
  await t.addUser({ username: 'lac_cadre1', role: 'staff', name: '李包联' });
  await t.addUser({ username: 'lac_cadre2', role: 'staff', name: '王包联' });
  cadreId = await idOf('lac_cadre1');
  secondCadreId = await idOf('lac_cadre2');
  outsideCadreId = await idOf('lac_other');
});
afterAll(() => t?.close());

async function assign(enterpriseId: number, startOn: string, endOn: string) {
  const res = await staff.post(`${API}/assignments`, { enterpriseId, cadreId, startOn, endOn });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('an assignment corrected or ended early (docs/rules.md §5.7.1)', () => {
  it('edits cadre and period with a reason (audited); refuses a cadre of another region, an overlap, a stale version', async () => {
    const [e, f] = await freeEnterprises();
    const a = await assign(e.id, addDays(today, -30), addDays(today, 300));
    const body = { version: a.version, cadreId: secondCadreId, startOn: a.startOn, endOn: addDays(today, 200) };

    let res = await staff.put(`${API}/assignments/${a.id}`, { ...body, reason: '' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('reason');
    res = await staff.put(`${API}/assignments/${a.id}`, { ...body, cadreId: outsideCadreId, reason: '调整' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('不在干部');
    expect((await leader.put(`${API}/assignments/${a.id}`, { ...body, reason: '调整' })).statusCode).toBe(403);
    expect((await otherStaff.put(`${API}/assignments/${a.id}`, { ...body, reason: '调整' })).statusCode).toBe(403);
    expect((await qiye.put(`${API}/assignments/${a.id}`, { ...body, reason: '调整' })).statusCode).toBe(403);
    expect((await auditOf(a.id)).map((x) => x.action)).toEqual(['liaison.assign']);

    res = await staff.put(`${API}/assignments/${a.id}`, { ...body, reason: '原干部调岗' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ cadreName: '王包联', endOn: addDays(today, 200), version: a.version + 1 });
    expect((await staff.put(`${API}/assignments/${a.id}`, { ...body, reason: '再改' })).statusCode).toBe(409);
    const audit = await auditOf(a.id);
    expect(audit.map((x) => x.action)).toEqual(['liaison.assign', 'liaison.assignment-update']);
    expect(audit[1].details).toMatchObject({ reason: '原干部调岗' });
    expect(audit[1].before).toMatchObject({ cadre_id: cadreId });
    expect(audit[1].after).toMatchObject({ cadre_id: secondCadreId });

    // Another assignment of the same enterprise may not be stretched over this one (one lead at a time).
    const later = await assign(f.id, addDays(today, 1), addDays(today, 100));
    res = await staff.put(`${API}/assignments/${later.id}`, {
      version: later.version,
      cadreId,
      startOn: addDays(today, 1),
      endOn: addDays(today, 100),
      reason: '无变化的修改',
    });
    expect(res.statusCode, res.body).toBe(200);
    const overlap = await staff.post(`${API}/assignments`, {
      enterpriseId: e.id,
      cadreId,
      startOn: addDays(today, 250),
      endOn: addDays(today, 400),
    });
    expect(overlap.statusCode, overlap.body).toBe(200);
    const current = (await staff.get(`${API}/assignments?ids=${a.id}`)).json().data[0];
    res = await staff.put(`${API}/assignments/${a.id}`, {
      version: current.version,
      cadreId: secondCadreId,
      startOn: current.startOn,
      endOn: addDays(today, 300),
      reason: '延长',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('只能有一名包联干部');
  });

  it('ends early: the date within the period and before the old end (400 naming 结束日期), the reason audited', async () => {
    const [, , g] = await freeEnterprises();
    const a = await assign(g.id, addDays(today, -60), addDays(today, 300));
    for (const endOn of [addDays(today, -61), addDays(today, 300), addDays(today, 400)]) {
      const res = await staff.post(`${API}/assignments/${a.id}/end`, { version: a.version, endOn, reason: '企业迁出' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('endOn');
    }
    let res = await staff.post(`${API}/assignments/${a.id}/end`, { version: a.version, endOn: today });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('reason');
    expect(
      (await leader.post(`${API}/assignments/${a.id}/end`, { version: a.version, endOn: today, reason: 'x' }))
        .statusCode,
    ).toBe(403);

    res = await staff.post(`${API}/assignments/${a.id}/end`, {
      version: a.version,
      endOn: today,
      reason: '企业迁出本县',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().endOn).toBe(today);
    const audit = await auditOf(a.id);
    expect(audit.at(-1)).toMatchObject({ action: 'liaison.assignment-end', details: { reason: '企业迁出本县' } });
    // The enterprise may now get a new lead from tomorrow.
    const next = await staff.post(`${API}/assignments`, {
      enterpriseId: g.id,
      cadreId: secondCadreId,
      startOn: addDays(today, 1),
      endOn: addDays(today, 365),
    });
    expect(next.statusCode, next.body).toBe(200);
  });
});

describe('the visits and issues exported to Excel', () => {
  it('exports the filtered visits and issues for the bureau only, audited, text never a formula', async () => {
    const [, , , h] = await freeEnterprises();
    const visit = await staff.post(`${API}/visits`, {
      enterpriseId: h.id,
      visitedOn: addDays(today, -3),
      form: 'onsite',
      peopleMet: '=HYPERLINK("http://x")',
      policies: ['rd_deduction'],
      questions: '导出测试的疑问',
      campaign: null,
      issues: [{ content: '导出测试诉求', category: 'policy', department: 'kjj', dueOn: addDays(today, 20) }],
    });
    expect(visit.statusCode, visit.body).toBe(200);

    const res = await staff.get(`${API}/visits/export?keyword=${encodeURIComponent(h.name)}`);
    expect(res.statusCode, res.body).toBe(200);
    const ws = await sheet(res.rawPayload);
    const cells = JSON.stringify(ws.getSheetValues());
    expect(cells).toContain('导出测试的疑问');
    expect(cells).toContain('研发费用加计扣除');
    expect(cells).toContain(`'=HYPERLINK`);
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((c) => void (c.formula ? formulas++ : 0)));
    expect(formulas).toBe(0);

    const issues = await staff.get(`${API}/issues/export?keyword=${encodeURIComponent('导出测试诉求')}`);
    expect(issues.statusCode, issues.body).toBe(200);
    const text = JSON.stringify((await sheet(issues.rawPayload)).getSheetValues());
    expect(text).toContain('导出测试诉求');
    expect(text).toContain('待办');

    expect((await qiye.get(`${API}/issues/export`)).statusCode).toBe(403);
    const foreign = await otherStaff.get(`${API}/issues/export?keyword=${encodeURIComponent('导出测试诉求')}`);
    expect(foreign.statusCode).toBe(200);
    expect(JSON.stringify((await sheet(foreign.rawPayload)).getSheetValues())).not.toContain('导出测试诉求');

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['liaison.export-visits', 'liaison.export-issues'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'liaison.export-visits',
      'liaison.export-issues',
      'liaison.export-issues',
    ]);
    expect(audit[0].details).toMatchObject({ rows: 1, file: '包联走访记录.xlsx' });
  });
});
