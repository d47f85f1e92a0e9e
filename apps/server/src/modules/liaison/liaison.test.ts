import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

const API = '/api/v1/liaison/records';
const COUNTY = '621122';
const OTHER_COUNTY = '621102';

let t: TestApp;
let staff: TestClient;
let other: TestClient;

/** A staff member of another county (安定区), with the same role and password as the demo staff account. */
async function otherCountyStaff(): Promise<TestClient> {
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const user = await t.db
    .insertInto('app_user')
    .values({
      username: 'liaison_other',
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
  await t.db.insertInto('user_role').values({ user_id: user.id, role_code: 'staff' }).execute();
  return t.as('liaison_other');
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await otherCountyStaff();
});
afterAll(() => t?.close());

const record = (name: string, recordedOn: string, extra: Record<string, unknown> = {}) => ({
  name,
  regionCode: COUNTY,
  recordedOn,
  ...extra,
});

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(API, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Posts one file as multipart/form-data, signed in as the client. */
function upload(client: TestClient, url: string, fileName: string, data: Buffer) {
  const boundary = `----kc${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  return t.app.inject({ method: 'POST', url, headers, payload });
}

/** Runs the queued jobs and answers one job as its owner sees it. */
async function job(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('干部包企业 (module liaison)', () => {
  it('creates records in the county and lists them with filters, sort and paging', async () => {
    const a = await create(staff, record('列表测试甲', '2021-03-15', { amount: '125000.50', remark: '首条' }));
    expect(a).toMatchObject({ name: '列表测试甲', regionCode: COUNTY, regionName: '陇西县', amount: '125000.50' });
    expect(a.version).toBe(1);
    await create(staff, record('列表测试乙', '2021-08-01'));
    await create(staff, record('列表测试丙', '2020-12-31'));

    const page1 = (await staff.get(`${API}?keyword=列表测试&pageSize=2`)).json();
    expect(page1.total).toBe(3);
    expect(page1.data.map((r: { name: string }) => r.name)).toEqual(['列表测试乙', '列表测试甲']);
    const page2 = (await staff.get(`${API}?keyword=列表测试&pageSize=2&current=2`)).json();
    expect(page2.data.map((r: { name: string }) => r.name)).toEqual(['列表测试丙']);
    expect(page2.total).toBe(3);

    const year = (await staff.get(`${API}?keyword=列表测试&year=2021&sort=name&order=ascend`)).json();
    expect(year.total).toBe(2);
    const byIds = (await staff.get(`${API}?ids=${a.id}`)).json();
    expect(byIds.data.map((r: { id: number }) => r.id)).toEqual([a.id]);

    expect((await staff.get(`${API}/${a.id}`)).json()).toEqual(a);
    expect((await staff.get(`${API}/999999999`)).statusCode).toBe(404);
    const leader = await t.as('leader');
    expect((await leader.get(`${API}/${a.id}`)).statusCode).toBe(200);
    expect((await leader.post(API, record('领导不能新增', '2021-01-01'))).statusCode).toBe(403);
  });

  it('edits under optimistic locking: a stale version is 409 and writes nothing; the edit is audited', async () => {
    const r = await create(staff, record('编辑测试', '2021-05-06'));
    const ok = await staff.put(`${API}/${r.id}`, { version: r.version, remark: '已核实', amount: '88.8' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ remark: '已核实', amount: '88.80', version: r.version + 1 });
    expect(ok.json()).toEqual((await staff.get(`${API}/${r.id}`)).json());

    const stale = await staff.put(`${API}/${r.id}`, { version: r.version, remark: '被覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await staff.get(`${API}/${r.id}`)).json().remark).toBe('已核实');

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after', 'region_code'])
      .where('object_type', '=', 'liaison_record')
      .where('object_id', '=', String(r.id))
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['liaison.create', 'liaison.update']);
    expect(audit[1]).toMatchObject({ region_code: COUNTY, before: { remark: null }, after: { remark: '已核实' } });
  });

  it('refuses bad input with 400 and a Chinese message naming the field', async () => {
    const refusal = async (body: Record<string, unknown>) => {
      const res = await staff.post(API, body);
      expect(res.statusCode).toBe(400);
      return res.json().error.message as string;
    };
    expect(await refusal(record('甲', '2021-01-01'))).toContain('名称至少 2 个字');
    expect(await refusal({ regionCode: COUNTY, recordedOn: '2021-01-01' })).toContain('请填写名称');
    expect(await refusal(record('日期测试', '2021-02-30'))).toContain('登记日期不是有效日期');
    expect(await refusal(record('金额测试', '2021-01-01', { amount: '-5' }))).toContain('金额不能为负数');
    expect(await refusal(record('县区测试', '2021-01-01', { regionCode: '62112' }))).toContain(
      '所属县区须为 6 位区划代码',
    );
    const r = await create(staff, record('修改校验', '2021-01-01'));
    const bad = await staff.put(`${API}/${r.id}`, { version: r.version, name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('名称至少 2 个字');
  });

  it('keeps another county’s staff out: no list, no read, no edit, no record in this county', async () => {
    const r = await create(staff, record('本县记录', '2021-04-01'));
    const mine = await create(other, { ...record('安定区记录', '2021-04-01'), regionCode: OTHER_COUNTY });
    const theirs = (await other.get(`${API}?pageSize=200`)).json();
    expect(theirs.data.map((x: { id: number }) => x.id)).toEqual([mine.id]);
    expect((await staff.get(`${API}/${mine.id}`)).statusCode).toBe(403);
    expect((await other.get(`${API}/${r.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/${r.id}`, { version: r.version, remark: '越权' })).statusCode).toBe(403);
    // A stale version must not tell an outsider the row exists (409): the same refusal.
    expect((await other.put(`${API}/${r.id}`, { version: r.version + 3, remark: '越权' })).statusCode).toBe(403);
    expect((await other.post(API, record('越权新增', '2021-04-01'))).statusCode).toBe(403);
    expect((await staff.get(`${API}/${r.id}`)).json()).toEqual(r);
  });

  it('imports a few rows through the import kit: a bad row is named and blocks, the fixed file goes in', async () => {
    const tpl = await staff.get(`${API}/import-template`);
    expect(tpl.statusCode).toBe(200);
    const rows = [
      { 名称: '导入测试A', 登记日期: '2021-06-01', '金额（元）': 1000 },
      { 名称: '导入测试B', 登记日期: '2021-13-01' },
      { 名称: '导入测试C', 登记日期: '2021-06-03', 备注: '第三行' },
    ];
    const bad = await upload(staff, `${API}/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.status).toBe('succeeded');
    expect(checked.result).toMatchObject({ totalRows: 3, failedRows: 1 });
    expect(checked.result.problems[0]).toMatchObject({ row: 3, column: '登记日期' });
    expect(checked.result.problems[0].message).toContain('登记日期');
    expect((await staff.post(`${API}/import/${bad.json().jobId}/confirm`)).statusCode).toBe(409);

    rows[1].登记日期 = '2021-06-02';
    const good = await upload(staff, `${API}/import`, '已改.xlsx', await fillTemplate(tpl.rawPayload, rows));
    const validated = await job(good.json().jobId);
    expect(validated.result).toMatchObject({ failedRows: 0, toCreate: 3 });
    const confirm = await staff.post(`${API}/import/${good.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result.created).toBe(3);
    const listed = (await staff.get(`${API}?keyword=导入测试&sort=name&order=ascend`)).json();
    expect(listed.data.map((r: { name: string; amount: string | null }) => [r.name, r.amount])).toEqual([
      ['导入测试A', '1000.00'],
      ['导入测试B', null],
      ['导入测试C', null],
    ]);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'liaison.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '已改.xlsx', created: 3 });
    expect((await (await t.as('leader')).get(`${API}/import-template`)).statusCode).toBe(403);
  });

  it('exports the filtered list and audits the export', async () => {
    await create(staff, record('导出测试', '2021-09-09', { amount: '5000' }));
    const res = await staff.get(`${API}/export?keyword=导出测试`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('导出测试');
    expect(text).not.toContain('列表测试');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'liaison.export')
      .executeTakeFirstOrThrow();
    expect(audit.region_code).toBe(COUNTY);
    expect(audit.details).toMatchObject({ rows: 1, filter: { keyword: '导出测试' } });
  });

  it('states the records of a period as a report fact, with their ids, in the county only', async () => {
    const h1 = await create(staff, record('事实测试上半年', '2019-02-01'));
    const h2 = await create(staff, record('事实测试下半年', '2019-09-30'));
    const [half] = factsWhere(await factsOf(staff, '2019H1'), 'liaison.records');
    expect(half).toMatchObject({ value: '1', unit: '项', recordIds: [h1.id], recordNames: ['事实测试上半年'] });
    expect(half.link).toBe(`/liaison/records?ids=${h1.id}`);
    const [year] = factsWhere(await factsOf(staff, '2019'), 'liaison.records');
    expect(year.recordIds).toEqual([h1.id, h2.id]);
    expect(factsWhere(await factsOf(other, '2019'), 'liaison.records')).toEqual([]);
  });
});
