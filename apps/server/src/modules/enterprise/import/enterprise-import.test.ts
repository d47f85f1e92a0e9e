import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain';
import { fillTemplate as fillRows } from '../../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const code = (n: number) => {
  const body8 = `MB${String(100000 + n).padStart(6, '0')}`;
  const first17 = `91621122${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
};

async function upload(client: TestClient, buf: Buffer, name = '企业导入.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(buf)]), name);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/enterprises/import',
    headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf! },
    payload: form,
  });
  return res;
}

async function runJob(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

/** Fills the server's own template with rows. */
async function fillTemplate(rows: Record<string, unknown>[]): Promise<Buffer> {
  const tpl = await staff.get('/api/v1/enterprises/import-template');
  expect(tpl.statusCode).toBe(200);
  return fillRows(tpl.rawPayload, rows);
}

const good = (n: number) => ({
  企业名称: `陇西导入测试${n}号科技有限公司`,
  统一社会信用代码: code(n),
  所属乡镇: '巩昌镇',
  行业代码: '2730',
  数据年度: 2021,
  职工总数: 50 + n,
  科技人员数: 10,
  '销售收入（元）': 1234567.89,
  '研发费用（元）': 45678.9,
  标签: '导入、规上企业',
});

describe('enterprise Excel import', () => {
  it('serves a template with required columns marked, dropdowns and an instructions sheet', async () => {
    const tpl = await staff.get('/api/v1/enterprises/import-template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
    expect(headers).toContain('*企业名称');
    expect(headers).toContain('*统一社会信用代码');
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('finds the 3 bad rows of 30 (row and column named), writes nothing, and hands back the file with 错误原因', async () => {
    const rows: Record<string, unknown>[] = Array.from({ length: 30 }, (_, i) => good(i + 1));
    rows[4] = { ...rows[4], 统一社会信用代码: '91621122MB0000059X' }; // wrong check character, no reason
    rows[11] = { ...rows[11], 企业名称: '' }; // missing required
    rows[20] = { ...rows[20], 职工总数: '五十' }; // text in a number column
    const before = Number(
      (
        await t.db
          .selectFrom('enterprise')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const up = await upload(staff, await fillTemplate(rows));
    expect(up.statusCode, up.body).toBe(200);
    const job = await runJob(up.json().jobId);
    expect(job.status).toBe('succeeded');
    const preview = job.result;
    expect(preview.totalRows).toBe(30);
    expect(preview.failedRows).toBe(3);
    expect(preview.validRows).toBe(27);
    const byRow = new Map(preview.problems.map((p: { row: number; message: string }) => [p.row, p.message]));
    expect(byRow.get(6)).toContain('统一社会信用代码');
    expect(byRow.get(13)).toContain('企业名称');
    expect(byRow.get(22)).toContain('职工总数');
    const confirm = await staff.post(`/api/v1/enterprises/import/${up.json().jobId}/confirm`);
    expect(confirm.statusCode).toBe(409);
    expect(
      Number(
        (
          await t.db
            .selectFrom('enterprise')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(before);

    const report = await staff.get(`/api/v1/files/${preview.errorReportFileId}`);
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const errCol = headers.findIndex((h) => (h ?? '').startsWith('错误原因'));
    expect(headers[errCol]).toContain('共 30 行，失败 3 行');
    expect(errCol).toBeGreaterThan(0);
    expect(String(ws.getRow(6).getCell(errCol).value)).toContain('校验');
    expect(ws.getRow(7).getCell(errCol).value ?? null).toBeNull();
    // Another user cannot download my report.
    expect((await (await t.as('admin')).get(`/api/v1/files/${preview.errorReportFileId}`)).statusCode).toBe(403);
  });

  it('imports the corrected file in one transaction, upserts by credit code, and records the timeline', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => good(i + 1));
    const up = await upload(staff, await fillTemplate(rows));
    const validated = await runJob(up.json().jobId);
    expect(validated.result.failedRows).toBe(0);
    expect(validated.result.toCreate).toBe(30);
    const confirm = await staff.post(`/api/v1/enterprises/import/${up.json().jobId}/confirm`);
    expect(confirm.statusCode).toBe(200);
    const done = await runJob(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result.created).toBe(30);
    const found = (await staff.get('/api/v1/enterprises?keyword=导入测试&pageSize=50')).json();
    expect(found.total).toBe(30);
    const e = found.data.find((x: { creditCode: string }) => x.creditCode === code(7));
    expect(e.townshipName).toBe('巩昌镇');
    expect(e.tags).toEqual(['导入', '规上企业']);
    const yearly = await t.db
      .selectFrom('enterprise_yearly')
      .selectAll()
      .where('enterprise_id', '=', e.id)
      .executeTakeFirstOrThrow();
    expect(yearly.revenue).toBe('1234567.89');
    expect((await staff.get(`/api/v1/enterprises/${e.id}/timeline`)).json()[0].title).toBe('Excel 导入纳入企业名录');
    expect((await staff.post(`/api/v1/enterprises/import/${up.json().jobId}/confirm`)).statusCode).toBe(409);

    // Re-importing with a changed address updates, not duplicates.
    const again = await upload(staff, await fillTemplate([{ ...good(7), 地址: '陇西县巩昌镇新址' }]));
    const v2 = await runJob(again.json().jobId);
    expect(v2.result.toUpdate).toBe(1);
    const c2 = await staff.post(`/api/v1/enterprises/import/${again.json().jobId}/confirm`);
    await runJob(c2.json().jobId);
    const updated = (await staff.get(`/api/v1/enterprises/${e.id}`)).json();
    expect(updated.address).toBe('陇西县巩昌镇新址');
    expect(updated.version).toBe(e.version + 1);
  });

  it('refuses a file that is not xlsx, and a malformed xlsx, with Chinese messages', async () => {
    const notXlsx = await upload(staff, Buffer.from('hello'), 'data.csv');
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toContain('只接受 .xlsx');
    const fake = await upload(staff, Buffer.from('PK\u0003\u0004 this is not really a zip'), 'fake.xlsx');
    const job = await runJob(fake.json().jobId);
    expect(job.result.failedRows + job.result.problems.length).toBeGreaterThan(0);
    expect(job.result.problems[0].row).toBeNull();
    // Confirming it is refused with the file's reason, and nothing is queued to write.
    const confirm = await staff.post(`/api/v1/enterprises/import/${fake.json().jobId}/confirm`);
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().error.message).toBe(
      `文件未通过校验：${job.result.problems[0].message}；未写入任何数据，请修改后重新上传`,
    );
  });

  it('exports the filtered list with masked phones, and logs the export', async () => {
    const res = await staff.get('/api/v1/enterprises/export?tag=马铃薯');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('甘肃丰源薯业有限公司');
    expect(text).not.toMatch(/139\d{8}/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'enterprise.export')
      .executeTakeFirst();
    expect(audit).toBeDefined();
  });

  it('does not let an enterprise user import', async () => {
    const qiye = await t.as('qiye');
    expect((await qiye.get('/api/v1/enterprises/import-template')).statusCode).toBe(403);
  });
});
