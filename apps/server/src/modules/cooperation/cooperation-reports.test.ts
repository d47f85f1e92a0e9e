import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import {
  COUNTY,
  enterpriseId,
  extraUser,
  ok,
  OTHER_COUNTY,
  partnerBody,
  projectBody,
  upload,
} from './cooperation.test-support';

const P = '/api/v1/cooperation';
let t: TestApp;
let staff: TestClient;
let other: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await extraUser(t, { username: 'coop_rep_other', role: 'staff', region: OTHER_COUNTY });
});
afterAll(() => t?.close());

async function job(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('院地院企合作: the demo county’s 2022 H1 figures (seed report §一.4)', () => {
  it('states 2 strategic agreements and 3 cooperation projects with the named parties', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [agreements] = factsWhere(facts, 'cooperation.agreements-signed');
    expect(agreements).toMatchObject({ value: '2', unit: '项', recordType: 'cooperation_agreement' });
    expect(agreements.recordNames).toEqual([
      '陇西县人民政府与无锡德瑞致远新材料科技有限公司战略合作协议',
      '陇西县人民政府与山东大民新材料有限公司战略合作协议',
    ]);
    const listed = (await staff.get(agreements.link.replace('/cooperation/', `${P}/`))).json();
    expect(listed.data.map((a: { id: number }) => a.id).sort()).toEqual([...agreements.recordIds].sort());
    expect(listed.data.every((a: { typeLabel: string }) => a.typeLabel === '战略合作协议')).toBe(true);

    const [projects] = factsWhere(facts, 'cooperation.projects-started');
    expect(projects).toMatchObject({ value: '3', unit: '项' });
    const shown = (await staff.get(projects.link.replace('/cooperation/', `${P}/`))).json();
    const pairs = shown.data.map((p: { enterpriseName: string; partnerName: string }) => [
      p.enterpriseName,
      p.partnerName,
    ]);
    expect(pairs.sort()).toEqual(
      [
        ['甘肃诚泰药业有限公司', '甘肃省农业科学院'],
        ['陇西希诺农牧业有限公司', '甘肃农业大学'],
        ['甘肃众智众创科技发展有限公司', '定西市农业科学研究院'],
      ].sort(),
    );
    const [active] = factsWhere(facts, 'cooperation.projects-active');
    expect(active.recordIds).toEqual(projects.recordIds);
    const [money] = factsWhere(facts, 'cooperation.project-money', { party: 'enterprise' });
    expect(money).toMatchObject({ value: '1000000.00', unit: '元' });
    expect(factsWhere(facts, 'cooperation.project-money', { party: 'government' })).toEqual([]);
    // The demo obeys the module's rules: every record has its history, every project its enterprise's timeline.
    const history = await t.db
      .selectFrom('cooperation_history')
      .select('subject_id')
      .where('subject', '=', 'project')
      .execute();
    for (const id of projects.recordIds) expect(history.filter((h) => h.subject_id === id)).toHaveLength(2);
    expect(factsWhere(await factsOf(other, '2022H1'), 'cooperation.agreements-signed')).toEqual([]);
  });
});

describe('院地院企合作: facts of a period', () => {
  it('counts agreements, started and active projects, money by party and outputs, with ids, in the county only', async () => {
    const ent = await enterpriseId(t, '甘肃青龙管业有限责任公司');
    const partner = await ok(staff, `${P}/partners`, partnerBody('事实测试大学'));
    const agreement = await ok(staff, `${P}/agreements`, {
      title: '事实测试协议',
      type: 'talent',
      govParty: 'bureau',
      partnerId: partner.id,
      signedOn: '2019-03-01',
      endOn: '2021-02-28',
      regionCode: COUNTY,
    });
    const h1 = await ok(
      staff,
      `${P}/projects`,
      projectBody('事实测试上半年', ent, partner.id, {
        startOn: '2019-02-01',
        endOn: '2020-12-31',
        enterpriseAmount: '100000.10',
        partnerAmount: null,
        governmentAmount: '30000',
      }),
    );
    const h2 = await ok(
      staff,
      `${P}/projects`,
      projectBody('事实测试下半年', ent, partner.id, {
        startOn: '2019-09-01',
        endOn: '2019-12-31',
        enterpriseAmount: '0.90',
        partnerAmount: null,
        governmentAmount: null,
      }),
    );
    await ok(staff, `${P}/projects/${h1.id}/outputs`, {
      kind: 'paper',
      title: '论文甲',
      count: 2,
      achievedOn: '2019-05-01',
    });
    await ok(staff, `${P}/projects/${h1.id}/outputs`, {
      kind: 'talent',
      title: '技术骨干',
      count: 5,
      achievedOn: '2019-06-01',
    });

    const half = await factsOf(staff, '2019H1');
    expect(factsWhere(half, 'cooperation.agreements-signed')[0]).toMatchObject({
      value: '1',
      recordIds: [agreement.id],
      link: `/cooperation/agreements?ids=${agreement.id}`,
    });
    expect(factsWhere(half, 'cooperation.projects-started')[0]).toMatchObject({ value: '1', recordIds: [h1.id] });
    expect(factsWhere(half, 'cooperation.project-money', { party: 'government' })[0]).toMatchObject({
      value: '30000.00',
    });
    expect(factsWhere(half, 'cooperation.project-money', { party: 'partner' })).toEqual([]);
    const [papers] = factsWhere(half, 'cooperation.outputs', { kind: 'paper' });
    expect(papers).toMatchObject({ value: '1', unit: '项', recordNames: ['论文甲（2项）'] });
    expect(papers.link).toBe(`/cooperation/outputs?ids=${papers.recordIds[0]}`);
    const listed = (await staff.get(`${P}/outputs?ids=${papers.recordIds[0]}`)).json();
    expect(listed.data).toEqual([expect.objectContaining({ title: '论文甲', count: 2, projectId: h1.id })]);
    expect(factsWhere(half, 'cooperation.outputs', { kind: 'talent' })[0]).toMatchObject({
      value: '1',
      recordNames: ['技术骨干（5人）'],
    });
    expect((await other.get(`${P}/outputs?ids=${papers.recordIds[0]}`)).json().total).toBe(0);
    // The facts contract: each figure links to exactly its records, and a count is its records' number.
    for (const f of half.filter((x) => x.module === 'cooperation')) {
      expect(f.link).toContain(`ids=${f.recordIds.join(',')}`);
      if (f.unit !== '元') expect(Number(f.value)).toBe(f.recordIds.length);
    }
    const year = await factsOf(staff, '2019');
    expect(factsWhere(year, 'cooperation.projects-started')[0].recordIds).toEqual([h1.id, h2.id]);
    expect(factsWhere(year, 'cooperation.project-money', { party: 'enterprise' })[0].value).toBe('100001.00');
    // Terminated in 2019H2: still active in 2019H2, no longer in 2020.
    const started = await ok(staff, `${P}/projects/${h2.id}/transitions`, { to: 'in_progress', version: h2.version });
    await ok(staff, `${P}/projects/${h2.id}/transitions`, {
      to: 'terminated',
      version: started.version,
      reason: '企业转产',
      on: '2019-10-15',
    });
    expect(factsWhere(await factsOf(staff, '2019H2'), 'cooperation.projects-active')[0].recordIds).toEqual([
      h1.id,
      h2.id,
    ]);
    expect(factsWhere(await factsOf(staff, '2020'), 'cooperation.projects-active')[0].recordIds).toEqual([h1.id]);
    expect(factsWhere(await factsOf(other, '2019'), 'cooperation.projects-started')).toEqual([]);
  });
});

describe('院地院企合作: renewal reminders', () => {
  it('rings the region’s staff N days (a setting) before an agreement ends, once, and not another county', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('提醒测试研究院', { kind: 'institute' }));
    const body = {
      type: 'technology',
      govParty: 'bureau',
      partnerId: partner.id,
      signedOn: '2030-01-01',
      regionCode: COUNTY,
    };
    const soon = await ok(staff, `${P}/agreements`, { ...body, title: '提醒测试即将到期', endOn: '2031-01-20' });
    await ok(staff, `${P}/agreements`, { ...body, title: '提醒测试尚早', endOn: '2031-06-30' });
    const ended = await ok(staff, `${P}/agreements`, { ...body, title: '提醒测试已终止', endOn: '2031-01-10' });
    await ok(staff, `${P}/agreements/${ended.id}/transitions`, {
      to: 'terminated',
      version: ended.version,
      reason: '撤销',
      on: '2030-02-01',
    });

    const remind = async (today: string) => {
      const j = await t.app.jobs.enqueue({
        type: 'cooperation.agreement-reminders',
        title: '提醒',
        createdBy: null,
        payload: { today },
      });
      await t.app.jobs.drain();
      return j;
    };
    const bell = async (username: string) => {
      const rows = await t.db
        .selectFrom('message')
        .innerJoin('app_user', 'app_user.id', 'message.user_id')
        .select(['message.title', 'message.link'])
        .where('app_user.username', '=', username)
        .where('message.title', 'like', '合作协议即将到期：提醒测试%')
        .execute();
      return rows;
    };
    await remind('2030-12-01'); // 50 days before: outside the default 30
    expect(await bell('staff')).toEqual([]);
    await remind('2030-12-25');
    await remind('2030-12-26'); // the next day: not again
    expect(await bell('staff')).toEqual([
      { title: '合作协议即将到期：提醒测试即将到期', link: `/cooperation/agreements?ids=${soon.id}` },
    ]);
    expect(await bell('coop_rep_other')).toEqual([]);
    // The setting moves the window: 200 days catches the later one too.
    await t.db
      .updateTable('sys_param')
      .set({ value: '200' })
      .where('key', '=', 'cooperation.agreement_remind_days')
      .execute();
    await new Promise((r) => setTimeout(r, 5_100)); // the parameter cache's lifetime
    await remind('2030-12-27');
    expect((await bell('staff')).map((m) => m.title).sort()).toEqual([
      '合作协议即将到期：提醒测试即将到期',
      '合作协议即将到期：提醒测试尚早',
    ]);
  });
});

describe('院地院企合作: Excel', () => {
  it('imports projects: a bad row named and blocking, the fixed file written with history and audit', async () => {
    await ok(staff, `${P}/partners`, partnerBody('导入测试农科院', { kind: 'institute' }));
    const credit = await t.db
      .selectFrom('enterprise')
      .select('credit_code')
      .where('name', '=', '甘肃诚泰药业有限公司')
      .executeTakeFirstOrThrow();
    const tpl = await staff.get(`${P}/projects/import-template`);
    expect(tpl.statusCode).toBe(200);
    const row = (name: string, extra: Record<string, unknown> = {}) => ({
      项目名称: name,
      统一社会信用代码: credit.credit_code,
      合作院所: '导入测试农科院',
      合作领域: '中药材',
      开始日期: '2021-06-01',
      结束日期: '2023-06-01',
      '企业投入（元）': 1000,
      ...extra,
    });
    const rows: Record<string, unknown>[] = [
      row('导入测试A'),
      row('导入测试B', { 结束日期: '2021-01-01' }),
      row('导入测试C', { 合作院所: '不存在的院所' }),
    ];
    const bad = await upload(t, staff, `${P}/projects/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.result).toMatchObject({ totalRows: 3, failedRows: 2 });
    expect(checked.result.problems[0]).toMatchObject({ row: 3, column: '结束日期' });
    expect(checked.result.problems[0].message).toContain('结束日期不能早于开始日期');
    expect(checked.result.problems[1]).toMatchObject({ row: 4, column: '合作院所' });
    expect((await staff.post(`${P}/projects/import/${bad.json().jobId}/confirm`)).statusCode).toBe(409);

    rows[1] = row('导入测试B', { '政府资金（元）': 500 });
    rows[2] = row('导入测试C');
    const good = await upload(t, staff, `${P}/projects/import`, '已改.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect((await job(good.json().jobId)).result).toMatchObject({ failedRows: 0, toCreate: 3 });
    const confirm = await staff.post(`${P}/projects/import/${good.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result.created).toBe(3);
    const listed = (await staff.get(`${P}/projects?keyword=导入测试&sort=name&order=ascend`)).json();
    expect(
      listed.data.map((p: { name: string; status: string; governmentAmount: string | null; fieldLabel: string }) => [
        p.name,
        p.status,
        p.governmentAmount,
        p.fieldLabel,
      ]),
    ).toEqual([
      ['导入测试A', 'signed', null, '中药材'],
      ['导入测试B', 'signed', '500.00', '中药材'],
      ['导入测试C', 'signed', null, '中药材'],
    ]);
    const history = await t.db
      .selectFrom('cooperation_history')
      .select('subject_id')
      .where('subject', '=', 'project')
      .where(
        'subject_id',
        'in',
        listed.data.map((p: { id: number }) => p.id),
      )
      .execute();
    expect(history).toHaveLength(3);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'cooperation.project.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '已改.xlsx', created: 3 });
    expect((await (await t.as('leader')).get(`${P}/projects/import-template`)).statusCode).toBe(403);
  });

  it('exports the filtered projects and the partners (phones masked), each export audited', async () => {
    const ent = await enterpriseId(t, '甘肃青龙管业有限责任公司');
    const partner = await ok(staff, `${P}/partners`, partnerBody('导出测试大学', { contactPhone: '13800001111' }));
    await ok(staff, `${P}/projects`, projectBody('导出测试项目', ent, partner.id));
    const res = await staff.get(`${P}/projects/export?keyword=导出测试`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('导出测试项目');
    expect(text).toContain('导出测试大学');
    expect(text).not.toContain('导入测试A');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'cooperation.project.export')
      .executeTakeFirstOrThrow();
    expect(audit.region_code).toBe(COUNTY);
    expect(audit.details).toMatchObject({ rows: 1, filter: { keyword: '导出测试' } });

    const partners = await staff.get(`${P}/partners/export?keyword=导出测试`);
    const pwb = new ExcelJS.Workbook();
    await pwb.xlsx.load(partners.rawPayload as unknown as ArrayBuffer);
    const ptext = JSON.stringify(pwb.worksheets[0].getSheetValues());
    expect(ptext).toContain('138****1111');
    expect(ptext).not.toContain('13800001111');
    const paudit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'cooperation.partner.export')
      .executeTakeFirstOrThrow();
    expect(paudit.details).toMatchObject({ rows: 1 });
    // The enterprise exports only its own projects.
    const qiye = await t.as('qiye');
    const own = await qiye.get(`${P}/projects/export?keyword=导出测试`);
    expect(own.statusCode).toBe(200);
    expect((await qiye.get(`${P}/partners/export`)).statusCode).toBe(403);
  });
});
