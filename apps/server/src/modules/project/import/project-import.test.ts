import { OTHER_COUNTY_UNIT } from '../../../platform/excel-import/excel-import';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate as fillRows } from '../../../../test/fill-template';
import { factSum, factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { upload } from '../project.test-support';

let t: TestApp;
let staff: TestClient;
let units: { id: number; name: string; credit_code: string }[];
let foreign: { name: string; credit_code: string };
const OTHER_COUNTY = '621102';

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  units = await t.db
    .selectFrom('enterprise')
    .select(['id', 'name', 'credit_code'])
    .where('region_code', '=', '621122')
    .orderBy('id')
    .limit(3)
    .execute();
  foreign = await t.db
    .insertInto('enterprise')
    .values({
      region_code: OTHER_COUNTY,
      name: '安定区导入测试企业',
      name_initials: 'adq',
      name_pinyin: 'andingqu',
      credit_code: '91621102MA7TEST02X',
      created_by: null,
      updated_by: null,
    })
    .returning(['name', 'credit_code'])
    .executeTakeFirstOrThrow();
  // A staff member of another county (安定区), with the same role as the demo staff account.
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const u = await t.db
    .insertInto('app_user')
    .values({
      username: 'staff_anding',
      display_name: '安定区科员',
      password_hash: base.password_hash,
      region_code: OTHER_COUNTY,
      enterprise_id: null,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: u.id, role_code: 'staff' }).execute();
});
afterAll(() => t?.close());

async function runJob(jobId: number, client = staff) {
  await t.app.jobs.drain();
  return (await client.get(`/api/v1/jobs/${jobId}`)).json();
}

/** Fills the server's own template with rows. */
async function fillTemplate(rows: Record<string, unknown>[]): Promise<Buffer> {
  const tpl = await staff.get('/api/v1/applications/import-template');
  expect(tpl.statusCode).toBe(200);
  return fillRows(tpl.rawPayload, rows);
}

/** Uploads and validates; returns the validation job's result. */
async function validate(client: TestClient, rows: Record<string, unknown>[]) {
  const up = await upload(t, client, '/api/v1/applications/import', '历史项目.xlsx', await fillTemplate(rows));
  expect(up.statusCode, up.body).toBe(200);
  return { jobId: up.json().jobId as number, result: (await runJob(up.json().jobId, client)).result };
}

async function importRows(rows: Record<string, unknown>[]) {
  const v = await validate(staff, rows);
  expect(v.result.failedRows, JSON.stringify(v.result.problems)).toBe(0);
  const confirm = await staff.post(`/api/v1/applications/import/${v.jobId}/confirm`);
  expect(confirm.statusCode, confirm.body).toBe(200);
  const done = await runJob(confirm.json().jobId);
  expect(done.status, JSON.stringify(done)).toBe('succeeded');
  return done.result;
}

const count = async (table: 'project_application' | 'funding_record' | 'project_call') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

// 2015 keeps these rows apart from the demo data, so the ledger totals below are the import's own.
const row = (n: number, over: Record<string, unknown> = {}) => ({
  年度: 2015,
  计划类别: '县级科技计划',
  级别: '县级',
  项目名称: `历史导入测试项目${n}号`,
  承担单位: units[n % units.length].name,
  统一社会信用代码: units[n % units.length].credit_code,
  状态: '验收通过',
  立项日期: '2015-06-30',
  '中央资金（万元）': 12.345678,
  '县级资金（万元）': 0.000001,
  '企业自筹（万元）': 3,
  开始日期: '2015-07-01',
  结束日期: '2016-06-30',
  负责人: '张三',
  ...over,
});

describe('historical project Excel import', () => {
  it('serves a template with required columns marked, dropdowns for category, level and state, and 填写说明', async () => {
    const tpl = await staff.get('/api/v1/applications/import-template');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    for (const h of [
      '*年度',
      '*计划类别',
      '*级别',
      '*项目名称',
      '*承担单位',
      '*统一社会信用代码',
      '*状态',
      '中央资金（万元）',
      '企业自筹（万元）',
    ]) {
      expect(headers).toContain(h);
    }
    for (const h of ['*计划类别', '*级别', '*状态']) {
      expect(ws.getCell(2, headers.indexOf(h)).dataValidation?.type, h).toBe('list');
    }
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('names every bad row with its column and reason, writes nothing, and refuses to confirm', async () => {
    const rows = [
      row(1), // row 2: clean
      row(2, { 计划类别: '不存在的类别' }), // 3
      row(3, { 状态: '已完成' }), // 4
      row(4, { 开始日期: '2015-08-01', 结束日期: '2015-07-01' }), // 5
      row(5, { '县级资金（万元）': -5 }), // 6
      row(6, { '中央资金（万元）': '十万' }), // 7
      row(7, { 项目名称: '' }), // 8
      row(1), // 9: same 年度 + 项目名称 + 统一社会信用代码 as row 2
      row(8, { 统一社会信用代码: '91621122MA71ABCD8R' }), // 10: not in the register
      row(9, { 统一社会信用代码: foreign.credit_code, 承担单位: foreign.name }), // 11: another county
      row(10, { 状态: '未立项' }), // 12: money on a project that was not approved
      row(11, { 立项日期: '2015-02-30' }), // 13
    ];
    const before = await Promise.all([count('project_application'), count('funding_record'), count('project_call')]);
    const { jobId, result } = await validate(staff, rows);
    expect(result.totalRows).toBe(12);
    expect(result.failedRows).toBe(11);
    const byRow = new Map<number, string>(
      result.problems.map((p: { row: number; message: string }) => [p.row, p.message]),
    );
    expect(byRow.has(2)).toBe(false);
    expect(byRow.get(3)).toMatch(/^计划类别：“不存在的类别”不是有效的选项/);
    expect(byRow.get(4)).toMatch(/^状态：“已完成”不是有效的选项/);
    expect(byRow.get(5)).toBe('结束日期：结束日期不能早于开始日期');
    expect(byRow.get(6)).toBe('县级资金（万元）：县级资金不能为负数');
    expect(byRow.get(7)).toMatch(/^中央资金（万元）：.*“十万”不是数字/);
    expect(byRow.get(8)).toBe('项目名称：不能为空');
    expect(byRow.get(9)).toBe('年度+项目名称+统一社会信用代码：与第 2 行重复');
    expect(byRow.get(10)).toContain('统一社会信用代码：企业名录中没有代码为 91621122MA71ABCD8R 的单位');
    // Another county's unit: refused without its registered name or region.
    expect(byRow.get(11)).toBe(`统一社会信用代码：${OTHER_COUNTY_UNIT}`);
    expect(JSON.stringify(result.problems)).not.toContain(OTHER_COUNTY);
    expect(byRow.get(12)).toMatch(/^中央资金（万元）：状态为“未立项”的项目未立项，不能填写资金/);
    expect(byRow.get(13)).toBe('立项日期：立项日期不是有效日期：2015-02-30');

    expect((await staff.post(`/api/v1/applications/import/${jobId}/confirm`)).statusCode).toBe(409);
    expect(await Promise.all([count('project_application'), count('funding_record'), count('project_call')])).toEqual(
      before,
    );

    const report = await staff.get(`/api/v1/files/${result.errorReportFileId}`);
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const errCol = Array.from(ws.getRow(1).values as unknown[], (h) => String(h ?? '')).findIndex((h) =>
      h.startsWith('错误原因'),
    );
    expect(String(ws.getRow(6).getCell(errCol).value)).toContain('不能为负数');
  });

  it('commits a clean file: applications in their state with one imported transition, historical calls, funding exact to the cent', async () => {
    const rows = [
      row(21),
      row(22, { 状态: '实施中', '县级资金（万元）': 5.5 }),
      row(23, {
        状态: '未立项',
        申报日期: '2015-03-01',
        '中央资金（万元）': undefined,
        '县级资金（万元）': undefined,
        '企业自筹（万元）': undefined,
      }),
      row(24, { 级别: '市级', 计划类别: '市级科技计划' }),
    ];
    const apps0 = await count('project_application');
    const done = await importRows(rows);
    expect(done.imported).toBe(4);
    expect(await count('project_application')).toBe(apps0 + 4);
    // Rows 21, 22 and 24: 123456.78 + 0.01 + 30000.00, 123456.78 + 55000.00 + 30000.00, 123456.78 + 0.01 + 30000.00.
    expect(done.fundingTotal).toBe('515370.36');
    const ledger = (await staff.get('/api/v1/funding?from=2015-01-01&to=2015-12-31&pageSize=50')).json();
    // Grants and the enterprise's matching are totalled apart (they are different money).
    expect(ledger.kindTotals.map((k: { kind: string; amount: string }) => [k.kind, k.amount])).toEqual([
      ['grant', '425370.36'],
      ['matching', '90000.00'],
    ]);
    expect(ledger.total).toBe(9);
    const central = (await staff.get('/api/v1/funding?from=2015-01-01&to=2015-12-31&sourceLevel=central')).json();
    expect(central.kindTotals).toMatchObject([
      { kind: 'grant', amount: '370370.34', bySource: [{ sourceLevel: 'central' }] },
    ]);

    const listed = (
      await staff.get(`/api/v1/applications?keyword=${encodeURIComponent('历史导入测试项目22号')}`)
    ).json();
    expect(listed.total).toBe(1);
    const app = (await staff.get(`/api/v1/applications/${listed.data[0].id}`)).json();
    expect(app.state).toBe('in_progress');
    expect(app.approvedAmount).toBe('178456.78');
    const transitions = (await staff.get(`/api/v1/applications/${app.id}/transitions`)).json();
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({ imported: true, to: 'in_progress', actorName: 'staff' });
    expect(transitions[0].comment).toMatch(/^历史项目导入：文件“历史项目.xlsx”第 3 行/);
    const call = (await staff.get(`/api/v1/calls/${app.callId}`)).json();
    expect(call).toMatchObject({
      status: 'historical',
      year: 2015,
      phase: 'closed',
      title: '2015年县级科技计划（县级）历史项目',
    });
    // Two categories × levels → two historical calls.
    expect(
      (
        await t.db
          .selectFrom('project_call')
          .select('id')
          .where('status', '=', 'historical')
          .where('year', '=', 2015)
          .execute()
      ).length,
    ).toBe(2);
    // The report facts see the history: applications by 申报日期 (else 立项日期), money by record date.
    const facts = await factsOf(staff, '2015');
    expect(factsWhere(facts, 'project.applications').map((f) => [f.dimensions.category, f.value])).toEqual([
      ['city_plan', '1'],
      ['county_plan', '3'],
    ]);
    expect(factSum(facts, 'project.funding', { kind: 'grant' })).toBe('425370.36');
    expect(factSum(facts, 'project.funding', { kind: 'matching' })).toBe('90000.00');
    // Applications count by 申报日期 (else 立项日期, 2015-06-30): none falls in the second half-year.
    expect(factsWhere(await factsOf(staff, '2015H2'), 'project.applications')).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'project.application.import')
      .execute();
    expect(audit.length).toBe(4);
  });

  it('skips rows imported before, so the same file twice adds nothing', async () => {
    const rows = [row(21), row(22, { 状态: '实施中', '县级资金（万元）': 5.5 }), row(25)];
    const before = await Promise.all([count('project_application'), count('funding_record'), count('project_call')]);
    const v = await validate(staff, rows);
    expect(v.result.toCreate).toBe(1);
    expect(v.result.sample.map((s: { action: string }) => s.action)).toEqual([
      '已导入过，跳过',
      '已导入过，跳过',
      '新增',
    ]);
    const confirm = await staff.post(`/api/v1/applications/import/${v.jobId}/confirm`);
    const done = await runJob(confirm.json().jobId);
    expect(done.result).toMatchObject({ imported: 1, skipped: 2 });
    expect(await Promise.all([count('project_application'), count('funding_record'), count('project_call')])).toEqual([
      before[0] + 1,
      before[1] + 3,
      before[2],
    ]);
  });

  it('refuses enterprise users, and another county’s staff can neither name this county’s units nor confirm its import', async () => {
    const qiye = await t.as('qiye');
    expect((await qiye.get('/api/v1/applications/import-template')).statusCode).toBe(403);
    expect(
      (await upload(t, qiye, '/api/v1/applications/import', 'x.xlsx', await fillTemplate([row(31)]))).statusCode,
    ).toBe(403);

    const anding = await t.as('staff_anding');
    const { result } = await validate(anding, [
      row(31),
      row(32, { 统一社会信用代码: foreign.credit_code, 承担单位: foreign.name }),
    ]);
    expect(result.failedRows).toBe(1);
    expect(result.problems[0]).toMatchObject({ row: 2, column: '统一社会信用代码' });
    expect(result.problems[0].message).toContain('不在您的管辖范围内');

    const mine = await validate(staff, [row(33)]);
    expect((await anding.post(`/api/v1/applications/import/${mine.jobId}/confirm`)).statusCode).toBe(403);
  });
});
