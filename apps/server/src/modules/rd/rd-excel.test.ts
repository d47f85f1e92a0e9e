import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RD_FIGURE_FIELDS } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { formFor, openTask } from './rd.test-support';

let t: TestApp;
let staff: TestClient;
let taskId: number;
let unitOf: (name: string) => number;
const credit = async (name: string) =>
  (
    await t.db
      .selectFrom('enterprise')
      .select('credit_code')
      .where('name', 'like', `%${name}%`)
      .executeTakeFirstOrThrow()
  ).credit_code;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  const opened = await openTask(t, staff, '2023', ['青龙管业', '华硒'], '2024-03-10');
  taskId = opened.task.id;
  unitOf = opened.unitOf;
});
afterAll(() => t?.close());

const HEADER: Record<string, string> = Object.fromEntries(
  RD_FIGURE_FIELDS.map((f) => [f.key, f.kind === 'money' ? `${f.label}（元）` : `${f.label}（人）`]),
);

/** Fills the task's own template: each row is a credit code plus form figures (money as numbers, like Excel holds them). */
async function sheet(rows: Record<string, unknown>[]): Promise<Buffer> {
  const tpl = await staff.get(`/api/v1/rd/tasks/${taskId}/import-template`);
  expect(tpl.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? '').replace(/^\*/, ''));
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const col = headers.indexOf(HEADER[k] ?? k);
      if (col < 0) throw new Error(`no column ${k}`);
      ws.getRow(i + 2).getCell(col).value = (
        typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v
      ) as ExcelJS.CellValue;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const row = (code: string, total: string, patch: Record<string, unknown> = {}) => {
  const { projects: _p, explanations: _e, ...figures } = formFor(total);
  return { 统一社会信用代码: code, ...figures, ...patch };
};

async function upload(buf: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(buf)]), '统计局报表.xlsx');
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/rd/tasks/${taskId}/import`,
    headers: { cookie: staff.cookie!, 'x-csrf-token': staff.csrf! },
    payload: form,
  });
}
async function runJob(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('import of the statistics office’s sheet (one row per unit)', () => {
  it('serves a template with the form’s figures as columns and instructions', async () => {
    const tpl = await staff.get(`/api/v1/rd/tasks/${taskId}/import-template`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
    expect(headers).toEqual(
      expect.arrayContaining([
        '*统一社会信用代码',
        '*研发经费内部支出合计（元）',
        '享受研发费用加计扣除额（元）',
        '情况说明',
      ]),
    );
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('refuses text in a number column, a sub-item above its total and a unit outside the task, with an error report; confirm is refused', async () => {
    const buf = await sheet([
      row(await credit('青龙管业'), '30240000.00', { revenue: '三千万' }),
      row(await credit('华硒'), '3096000.00', { labor: '3096000.01' }),
      row(await credit('诚泰药业'), '1000000.00'),
    ]);
    const res = await upload(buf);
    expect(res.statusCode, res.body).toBe(200);
    const job = await runJob(res.json().jobId);
    expect(job.status, job.message).toBe('succeeded');
    expect(job.result).toMatchObject({ totalRows: 3, validRows: 0, failedRows: 3 });
    const messages = job.result.problems.map((p: { row: number; message: string }) => `${p.row}:${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2:营业收入（元）：营业收入须为数字/),
        expect.stringMatching(
          /^3:人员劳务费（元）：人员劳务费 3,096,000\.01 元 大于研发经费内部支出合计 3,096,000\.00 元/,
        ),
        expect.stringMatching(/^4:统一社会信用代码：该单位不在本填报任务中/),
      ]),
    );
    expect(job.result.errorReportFileId).toBeTruthy();
    const report = await staff.get(`/api/v1/files/${job.result.errorReportFileId}`);
    expect(report.statusCode).toBe(200);
    const confirm = await staff.post(`/api/v1/rd/tasks/${taskId}/import/${res.json().jobId}/confirm`);
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().error.message).toContain('3 行错误');
    expect(
      (await t.db.selectFrom('rd_task_unit').select('status').where('task_id', '=', taskId).execute()).every(
        (u) => u.status === 'not_filled',
      ),
    ).toBe(true);
  });

  it('needs the 情况说明 column for a warning', async () => {
    const res = await upload(await sheet([row(await credit('青龙管业'), '30240000.00', { revenue: '30000000.00' })]));
    const job = await runJob(res.json().jobId);
    expect(job.result.problems[0].message).toContain(
      '情况说明：须说明：研发经费内部支出合计 30,240,000.00 元 大于同期营业收入',
    );
  });

  it('previews a clean sheet, then writes every row in one transaction as 已提交', async () => {
    const res = await upload(
      await sheet([
        row(await credit('青龙管业'), '30240000.00'),
        row(await credit('华硒'), '3096000.00', { revenue: '3000000.00', 情况说明: '新建富硒检测中心，研发投入集中' }),
      ]),
    );
    const job = await runJob(res.json().jobId);
    expect(job.result).toMatchObject({
      validRows: 2,
      failedRows: 0,
      sample: [{ row: 2, internalTotal: '30240000' }, { row: 3 }],
    });
    const confirm = await staff.post(`/api/v1/rd/tasks/${taskId}/import/${res.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const commit = await runJob(confirm.json().jobId);
    expect(commit.status, commit.message).toBe('succeeded');
    expect(commit.result).toMatchObject({ stage: 'committed', imported: 2 });
    const ql = (await staff.get(`/api/v1/rd/units/${unitOf('青龙管业')}`)).json();
    expect(ql).toMatchObject({ status: 'submitted', internalTotal: '30240000.00', filledByStaff: true, findings: [] });
    const hx = (await staff.get(`/api/v1/rd/units/${unitOf('华硒')}`)).json();
    expect(hx.findings[0]).toMatchObject({ code: 'rd-above-revenue', explanation: '新建富硒检测中心，研发投入集中' });
    expect((await staff.post(`/api/v1/rd/tasks/${taskId}/import/${res.json().jobId}/confirm`)).statusCode).toBe(409);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'rd.form.import').execute();
    expect(audit).toHaveLength(2);
  });
});

describe('export of any view', () => {
  it.each(['units', 'findings', 'completion', 'township', 'industry', 'tier', 'performer', 'deductions'])(
    'exports %s with a stamp, and logs it',
    async (view) => {
      const demo = await t.db
        .selectFrom('rd_task')
        .select('id')
        .where('period', '=', '2022H1')
        .executeTakeFirstOrThrow();
      const res = await staff.get(`/api/v1/rd/tasks/${demo.id}/export?view=${view}`);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(String(ws.getRow(1).getCell(1).value)).toContain('2022年上半年全社会研发经费归集');
      expect(String(ws.getRow(2).getCell(1).value)).toContain('导出人：王科员（staff）');
      if (view === 'township') {
        expect(ws.getRow(ws.rowCount).values).toEqual(expect.arrayContaining(['合计', 23, 72000000]));
      }
    },
  );

  it('exports the trend, and refuses the enterprise user', async () => {
    expect((await staff.get('/api/v1/rd/trend/export')).statusCode).toBe(200);
    const qiye = await t.as('qiye');
    expect((await qiye.get(`/api/v1/rd/tasks/${taskId}/export?view=units`)).statusCode).toBe(403);
    expect(
      (await t.db.selectFrom('audit_log').select('id').where('action', '=', 'rd.export').execute()).length,
    ).toBeGreaterThanOrEqual(9);
  });
});
