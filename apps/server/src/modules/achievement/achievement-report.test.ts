import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '@kechuang/domain';
import { factsOf, factsWhere } from '../../../test/facts';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import {
  API,
  COUNTY,
  create,
  enterpriseId,
  extraUser,
  form,
  OTHER_COUNTY,
  registered,
  upload,
} from './achievement.test-support';

let t: TestApp;
let staff: TestClient;
let qinglong: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qinglong = await enterpriseId(t, '甘肃青龙管业有限责任公司');
});
afterAll(() => t?.close());

/** Runs the queued jobs and answers one job as its owner sees it. */
async function job(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('科技成果登记: report facts', () => {
  it('states the demo county’s three registrations of 2022 H1 (锦世化工、昌芳农业、远达食品), through GET /facts', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [reg] = factsWhere(facts, 'achievement.registered');
    expect(reg).toMatchObject({ value: '3', unit: '项', recordType: 'achievement' });
    expect(reg.recordNames).toEqual([
      '精细化工中间体绿色合成关键技术',
      '道地中药材黄芪规范化种植技术集成与示范',
      '马铃薯全粉加工品质提升技术',
    ]);
    expect(reg.link).toBe(`/achievement/records?ids=${reg.recordIds.join(',')}`);
    const [units] = factsWhere(facts, 'achievement.registered-units');
    expect(units).toMatchObject({ value: '3', unit: '家', recordType: 'enterprise' });
    expect(units.recordNames).toEqual(['甘肃锦世化工有限责任公司', '陇西昌芳农业科技有限公司', '陇西远达食品有限公司']);
    expect(factsWhere(facts, 'achievement.registered-by-category', { category: 'applied' })[0].value).toBe('3');
    expect(factsWhere(facts, 'achievement.submitted')[0].recordIds).toEqual(reg.recordIds);

    // The demo obeys the module's rules: each has the evidence its 类别 requires, a valid 登记号 and its history.
    const listed = (await staff.get(`${API}?ids=${reg.recordIds.join(',')}`)).json();
    expect(listed.total).toBe(3);
    for (const id of reg.recordIds) {
      const d = (await staff.get(`${API}/${id}`)).json();
      expect(d.status).toBe('registered');
      expect(d.registrationNo).toMatch(/^6202022Y\d{4}$/);
      expect(d.registeredOn >= '2022-01-01' && d.registeredOn <= '2022-06-30').toBe(true);
      expect(d.files.map((f: { kind: string }) => f.kind)).toEqual(['form', 'appraisal', 'user']);
      expect(d.history.at(-1)).toMatchObject({ from: 'recommended', to: 'registered' });
    }
    expect(factsWhere(await factsOf(staff, '2022H2'), 'achievement.registered')).toEqual([]);
  });

  it('counts a registration by its 登记日期 and a submission by its date, in the county only', async () => {
    const a = await registered(t, staff, form(qinglong, { name: '事实测试成果' }), '6202019Y0301', '2019-02-01');
    const [half] = factsWhere(await factsOf(staff, '2019H1'), 'achievement.registered');
    expect(half).toMatchObject({ value: '1', recordIds: [a.id], recordNames: ['事实测试成果'] });
    expect(factsWhere(await factsOf(staff, '2019'), 'achievement.registered')[0].recordIds).toEqual([a.id]);
    const year = chinaToday().slice(0, 4);
    expect(factsWhere(await factsOf(staff, year), 'achievement.submitted')[0].recordIds).toContain(a.id);
    const other = await extraUser(t, 'ach_facts_other', { role: 'staff', regionCode: OTHER_COUNTY });
    expect(factsWhere(await factsOf(other, '2019'), 'achievement.registered')).toEqual([]);
    expect(factsWhere(await factsOf(other, '2022H1'), 'achievement.registered')).toEqual([]);
  });
});

describe('科技成果登记: historic import and export', () => {
  it('imports historic registrations: bad rows named, nothing written, the fixed file goes in as 已登记', async () => {
    const tpl = await staff.get(`${API}/import-template`);
    expect(tpl.statusCode).toBe(200);
    const credit = (
      await t.db.selectFrom('enterprise').select('credit_code').where('id', '=', qinglong).executeTakeFirstOrThrow()
    ).credit_code;
    const row = (name: string, no: string, extra: Record<string, unknown> = {}) => ({
      成果名称: name,
      成果类别: '应用技术',
      第一完成单位统一社会信用代码: credit,
      完成人: '张三、李四',
      研究起始: '2018-01',
      研究终止: '2019-06',
      成果属性: '原始性创新',
      关键词: '管道；内衬',
      成果水平: '国内先进',
      所处阶段: '成熟应用阶段',
      评价方式: '鉴定',
      成果简介: '历史成果简介。',
      登记号: no,
      登记日期: '2020-07-01',
      ...extra,
    });
    const rows = [
      row('导入成果甲', '6202020Y0401'),
      row('导入成果乙', '6202019Y0402'),
      row('导入成果丙', '6202022Y0031', { 登记日期: '2022-06-30' }),
      row('导入成果丁', '6202020Y0404', { 关键词: '甲；乙；丙；丁' }),
      row('导入成果戊', '6202020Y0405', {
        第一完成单位统一社会信用代码: undefined,
        第一完成单位名称: '定西市农业科学研究院',
      }),
    ];
    const bad = await upload(t, staff, `${API}/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.status).toBe('succeeded');
    expect(checked.result).toMatchObject({ totalRows: 5, failedRows: 3 });
    const problems = checked.result.problems.map((p: { row: number; column: string; message: string }) => [
      p.row,
      p.column,
      p.message,
    ]);
    expect(problems).toEqual([
      [3, '登记号', expect.stringContaining('登记号中的年份 2019 与登记日期 2020-07-01 的年份不一致')],
      [4, '登记号', expect.stringContaining('登记号 6202022Y0031 已被已有的成果登记使用')],
      [5, '关键词', expect.stringContaining('关键词最多 3 个')],
    ]);
    expect((await staff.post(`${API}/import/${bad.json().jobId}/confirm`)).statusCode).toBe(409);
    expect((await staff.get(`${API}?keyword=导入成果`)).json().total).toBe(0);

    const good = await upload(
      t,
      staff,
      `${API}/import`,
      '已改.xlsx',
      await fillTemplate(tpl.rawPayload, [rows[0], rows[4]]),
    );
    const validated = await job(good.json().jobId);
    expect(validated.result).toMatchObject({ failedRows: 0, toCreate: 2 });
    const confirm = await staff.post(`${API}/import/${good.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result.created).toBe(2);
    const listed = (await staff.get(`${API}?keyword=导入成果&sort=name&order=ascend`)).json();
    const byName = Object.fromEntries(listed.data.map((r: { name: string }) => [r.name, r]));
    expect(byName['导入成果甲']).toMatchObject({
      status: 'registered',
      registrationNo: '6202020Y0401',
      registeredOn: '2020-07-01',
      enterpriseId: qinglong,
      completers: [
        { order: 1, name: '张三', unit: null, title: null },
        { order: 2, name: '李四', unit: null, title: null },
      ],
      keywords: ['管道', '内衬'],
      category: 'applied',
      level: 'domestic_advanced',
    });
    expect(byName['导入成果戊']).toMatchObject({
      enterpriseId: null,
      firstUnitName: '定西市农业科学研究院',
      regionCode: COUNTY,
    });
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'achievement.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '已改.xlsx', created: 2 });
    const event = await t.db
      .selectFrom('enterprise_event')
      .select(['kind', 'detail', 'enterprise_id'])
      .where('ref_type', '=', 'achievement')
      .where('ref_id', '=', byName['导入成果甲'].id)
      .execute();
    expect(event).toEqual([
      { kind: 'achievement-registered', detail: '登记号 6202020Y0401（历史登记导入）', enterprise_id: qinglong },
    ]);
    // The imported number is now taken.
    const again = await upload(t, staff, `${API}/import`, '再次.xlsx', await fillTemplate(tpl.rawPayload, [rows[0]]));
    expect((await job(again.json().jobId)).result.problems[0].message).toContain('已被已有的成果登记使用');
    expect((await (await t.as('leader')).get(`${API}/import-template`)).statusCode).toBe(403);
    expect((await (await t.as('qiye')).get(`${API}/import-template`)).statusCode).toBe(403);
  });

  it('exports the filtered list and audits the export', async () => {
    await create(staff, form(qinglong, { name: '导出测试成果' }));
    const res = await staff.get(`${API}/export?keyword=导出测试`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('导出测试成果');
    expect(text).toContain('应用技术');
    expect(text).toContain('张青龙、王小明');
    expect(text).toContain('草稿');
    expect(text).not.toContain('精细化工中间体');
    expect(text).toContain('含完成人信息，仅限工作使用，请勿外传');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'achievement.export')
      .executeTakeFirstOrThrow();
    expect(audit.region_code).toBe(COUNTY);
    expect(audit.details).toMatchObject({ rows: 1, filter: { keyword: '导出测试' } });
    // An enterprise user exports its own registrations only.
    const qiye = await t.as('qiye');
    const own = await qiye.get(`${API}/export`);
    expect(own.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(wb2.worksheets[0].getSheetValues())).not.toContain('精细化工中间体');
  });
});
