import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, competition, enterpriseId, ok, programme } from './award.test-support';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

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

async function sheetText(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return JSON.stringify(wb.worksheets[0].getSheetValues());
}

describe('award results from Excel, and the exports', () => {
  it('imports a results sheet: bad rows named and blocking, the fixed file written with history and timeline', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('导入测试评选', { year: 2017 }));
    const tpl = await staff.get(`${API}/nominations/import-template`);
    expect(tpl.statusCode).toBe(200);
    const common = { 评选名称: '导入测试评选', 年度: 2017, 推荐日期: '2017-03-01' };
    const rows: Record<string, unknown>[] = [
      {
        ...common,
        奖项类别: '职工技术成果奖',
        类型: '单位',
        单位名称: '甘肃丰源薯业有限公司',
        评选结果: '获奖',
        获奖等级: '一等奖',
        名次: 1,
        公布日期: '2017-05-20',
      },
      {
        ...common,
        奖项类别: '“五小”创新成果奖',
        类型: '个人',
        单位名称: '陇西县农业技术推广中心',
        评选结果: '获奖',
        公布日期: '2017-05-20',
      },
      {
        ...common,
        评选名称: '不存在的评选',
        奖项类别: '职工技术成果奖',
        类型: '单位',
        单位名称: '某单位',
        评选结果: '推荐',
      },
      {
        ...common,
        奖项类别: '科技进步奖',
        类型: '单位',
        单位名称: '某研究所',
        评选结果: '未获奖',
        公布日期: '2017-05-20',
      },
    ];
    const bad = await upload(staff, `${API}/nominations/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.status, JSON.stringify(checked)).toBe('succeeded');
    expect(checked.result).toMatchObject({ totalRows: 4, failedRows: 3 });
    const messages = checked.result.problems.map((x: { row: number; message: string }) => `${x.row} ${x.message}`);
    expect(messages).toEqual([
      '3 姓名：个人推荐须填写姓名',
      '3 获奖等级：获奖须填写获奖等级',
      '4 评选名称：2017年度没有名为“不存在的评选”的奖励评选，请先登记评选',
      '5 奖项类别：不是该评选的奖项类别',
    ]);
    expect((await staff.post(`${API}/nominations/import/${bad.json().jobId}/confirm`)).statusCode).toBe(409);

    Object.assign(rows[1], { 姓名: '王*霞', 联系电话: '13712345678', 获奖等级: '三等奖' });
    Object.assign(rows[2], { 评选名称: '导入测试评选' });
    Object.assign(rows[3], { 奖项类别: '职工技术成果奖' });
    const good = await upload(
      staff,
      `${API}/nominations/import`,
      '已改.xlsx',
      await fillTemplate(tpl.rawPayload, rows),
    );
    const validated = await job(good.json().jobId);
    expect(validated.result, JSON.stringify(validated.result)).toMatchObject({
      failedRows: 0,
      toCreate: 4,
      toResult: 0,
      toAward: 2,
    });
    const confirm = await staff.post(`${API}/nominations/import/${good.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result).toMatchObject({ created: 4, resulted: 0, awarded: 2 });

    const listed = (await staff.get(`${API}/nominations?programmeId=${p.id}&sort=nominatedOn`)).json();
    const shape = listed.data
      .map((n: Record<string, unknown>) => [n.unitName, n.personName, n.state, n.grade, n.contactPhone])
      .sort();
    expect(shape).toEqual([
      ['某单位', null, 'nominated', null, null],
      ['某研究所', null, 'not_awarded', null, null],
      ['甘肃丰源薯业有限公司', null, 'awarded', 'first', null],
      ['陇西县农业技术推广中心', '王*霞', 'awarded', 'third', '137****5678'],
    ]);
    const fengyuan = await enterpriseId(t, '甘肃丰源薯业有限公司');
    expect(listed.data.find((n: { unitName: string }) => n.unitName === '甘肃丰源薯业有限公司').enterpriseId).toBe(
      fengyuan,
    );
    const timeline = (await staff.get(`/api/v1/enterprises/${fengyuan}/timeline`)).json();
    expect(
      timeline.some((e: { kind: string; title: string }) => e.kind === 'award-won' && e.title.includes('导入测试评选')),
    ).toBe(true);
    const history = await t.db
      .selectFrom('award_history')
      .select('to_state')
      .where('subject', '=', 'nomination')
      .where(
        'subject_id',
        'in',
        listed.data.map((n: { id: number }) => n.id),
      )
      .execute();
    expect(history).toHaveLength(7);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'award.nomination.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '已改.xlsx', created: 4 });

    // The same sheet again: every row is already recorded (decided, or a second 推荐).
    const twice = await upload(
      staff,
      `${API}/nominations/import`,
      '重复.xlsx',
      await fillTemplate(tpl.rawPayload, rows),
    );
    const again = await job(twice.json().jobId);
    expect(again.result.failedRows).toBe(4);
    const twiceMessages = again.result.problems.map((x: { row: number; message: string }) => `${x.row} ${x.message}`);
    expect(twiceMessages).toEqual([
      '2 评选结果：该推荐已登记评选结果“获奖”，不能再次登记',
      '3 评选结果：该推荐已登记评选结果“获奖”，不能再次登记',
      '4 单位名称：该评选、类别下已有同一单位（个人）的推荐记录',
      '5 评选结果：该推荐已登记评选结果“未获奖”，不能再次登记',
    ]);

    // The announced result of the nomination recorded as 推荐: recorded on it, not added.
    const pending = listed.data.find((n: { unitName: string }) => n.unitName === '某单位');
    const results = [{ ...rows[2], 评选结果: '获奖', 获奖等级: '二等奖', 公布日期: '2017-02-20' }];
    const early = await upload(
      staff,
      `${API}/nominations/import`,
      '结果.xlsx',
      await fillTemplate(tpl.rawPayload, results),
    );
    expect((await job(early.json().jobId)).result.problems[0].message).toBe('公布日期：早于推荐日期 2017-03-01');
    results[0].公布日期 = '2017-05-25';
    const resultFile = await upload(
      staff,
      `${API}/nominations/import`,
      '结果.xlsx',
      await fillTemplate(tpl.rawPayload, results),
    );
    expect((await job(resultFile.json().jobId)).result).toMatchObject({
      failedRows: 0,
      toCreate: 0,
      toResult: 1,
      toAward: 1,
    });
    const applied = await job(
      (await staff.post(`${API}/nominations/import/${resultFile.json().jobId}/confirm`)).json().jobId,
    );
    expect(applied.result).toMatchObject({ created: 0, resulted: 1, awarded: 1 });
    const decided = (await staff.get(`${API}/nominations/${pending.id}`)).json();
    expect(decided).toMatchObject({
      state: 'awarded',
      grade: 'second',
      announcedOn: '2017-05-25',
      version: pending.version + 1,
    });
    const moves = (await staff.get(`${API}/nominations/${pending.id}/history`)).json();
    expect(moves.map((h: { toState: string }) => h.toState)).toEqual(['nominated', 'awarded']);
    const resultAudit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'details'])
      .where('action', '=', 'award.nomination.import')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(resultAudit.details).toMatchObject({ file: '结果.xlsx', created: 0, resulted: 1 });
    expect(resultAudit.before).toMatchObject([{ id: pending.id, state: 'nominated' }]);
  });

  it('imports competition entries at the stage they reached, with their awards; the competition must be one', async () => {
    const c = await ok(staff, `${API}/competitions`, competition('导入测试大赛', { year: 2017, edition: 6 }));
    await ok(staff, `${API}/competitions`, competition('同名测试大赛', { year: 2017, edition: 1, division: '甲赛区' }));
    await ok(staff, `${API}/competitions`, competition('同名测试大赛', { year: 2017, edition: 1, division: '乙赛区' }));
    const tpl = await staff.get(`${API}/entries/import-template`);
    expect(tpl.statusCode).toBe(200);
    const common = { 大赛名称: '导入测试大赛', 年度: 2017, 报名日期: '2017-04-01' };
    const rows: Record<string, unknown>[] = [
      {
        ...common,
        类型: '单位',
        单位名称: '甘肃金麓银峰农业科技有限公司',
        所处阶段: '复赛',
        所获奖项: '三等奖',
        获奖日期: '2017-06-01',
      },
      { ...common, 类型: '个人', 姓名: '选手*甲', 单位名称: '某中学', 所处阶段: '初赛', 所获奖项: '优秀奖' },
      { ...common, 大赛名称: '同名测试大赛', 类型: '单位', 单位名称: '某公司', 所处阶段: '报名' },
    ];
    const bad = await upload(staff, `${API}/entries/import`, '参赛有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    const checked = await job(bad.json().jobId);
    const messages = checked.result.problems.map((x: { row: number; message: string }) => `${x.row} ${x.message}`);
    expect(messages).toEqual([
      '3 获奖日期：登记所获奖项须填写获奖日期',
      '4 大赛名称：2017年度有 2 个同名大赛，请填写届次和赛区或赛段',
    ]);
    Object.assign(rows[1], { 获奖日期: '2017-05-10' });
    Object.assign(rows[2], { 赛区或赛段: '乙赛区' });
    const good = await upload(staff, `${API}/entries/import`, '参赛.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect((await job(good.json().jobId)).result).toMatchObject({ failedRows: 0, toCreate: 3, toAward: 2 });
    const done = await job((await staff.post(`${API}/entries/import/${good.json().jobId}/confirm`)).json().jobId);
    expect(done.result).toMatchObject({ created: 3, awarded: 2 });

    const listed = (await staff.get(`${API}/entries?competitionId=${c.id}&sort=enteredOn`)).json().data;
    const jinlu = listed.find((e: { unitName: string }) => e.unitName === '甘肃金麓银峰农业科技有限公司');
    expect(jinlu).toMatchObject({
      stage: 'semifinal',
      award: 'third',
      awardedOn: '2017-06-01',
      competitionName: '第六届导入测试大赛（甘肃赛区）',
    });
    expect(jinlu.enterpriseId).toBe(await enterpriseId(t, '甘肃金麓银峰农业科技有限公司'));
    const history = (await staff.get(`${API}/entries/${jinlu.id}/history`)).json();
    expect(history.map((h: { toState: string }) => h.toState)).toEqual([
      'registered',
      'preliminary',
      'semifinal',
      'third',
    ]);
    const timeline = (await staff.get(`/api/v1/enterprises/${jinlu.enterpriseId}/timeline`)).json();
    const kinds = timeline
      .filter((e: { title: string }) => e.title.includes('第六届导入测试大赛'))
      .map((e: { kind: string }) => e.kind)
      .sort();
    expect(kinds).toEqual(['competition-award', 'competition-entered']);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'award.entry.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '参赛.xlsx', created: 3 });
  });

  it('exports nominations and entries as filtered, with labels, masked phones and the notice; audited', async () => {
    const p = await ok(staff, `${API}/programmes`, programme('导出测试评选', { year: 2016 }));
    await ok(staff, `${API}/nominations`, {
      programmeId: p.id,
      category: 'five_small',
      nomineeKind: 'person',
      personName: '导出测*',
      unitName: '导出测试单位',
      contactPhone: '13612345678',
      nominatedOn: '2016-03-01',
    });
    const res = await staff.get(`${API}/nominations/export?programmeId=${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const text = await sheetText(res.rawPayload);
    expect(text).toContain('导出测*');
    expect(text).toContain('“五小”创新成果奖');
    expect(text).toContain('136****5678');
    expect(text).not.toContain('13612345678');
    expect(text).toContain('含个人信息');
    expect(text).not.toContain('青龙管业');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'award.nomination.export')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ rows: 1, filter: { programmeId: p.id } });

    const c = await ok(staff, `${API}/competitions`, competition('导出测试大赛', { year: 2016 }));
    await ok(staff, `${API}/entries`, {
      competitionId: c.id,
      nomineeKind: 'unit',
      unitName: '导出参赛单位',
      enteredOn: '2016-04-01',
    });
    const entries = await staff.get(`${API}/entries/export?competitionId=${c.id}`);
    const entryText = await sheetText(entries.rawPayload);
    expect(entryText).toContain('导出参赛单位');
    expect(entryText).toContain('报名');
    const entryAudit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'award.entry.export')
      .executeTakeFirstOrThrow();
    expect(entryAudit.details).toMatchObject({ rows: 1 });
  });
});
