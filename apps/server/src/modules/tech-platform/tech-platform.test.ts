import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

const API = '/api/v1/tech-platform/platforms';
const COUNTY = '621122';
const OTHER_COUNTY = '621102';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let other: TestClient;
let ids: Map<string, number>;

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
      username: 'tech_platform_other',
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
  return t.as('tech_platform_other');
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  other = await otherCountyStaff();
  const rows = await t.db.selectFrom('enterprise').select(['id', 'name']).execute();
  ids = new Map(rows.map((r) => [r.name, r.id]));
});
afterAll(() => t?.close());

const ent = (name: string) => ids.get(name)!;
const QINGLONG = '甘肃青龙管业有限责任公司';
const ZHONGZHI = '甘肃众智众创科技发展有限公司';

const platform = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'rd_center',
  level: 'county',
  regionCode: COUNTY,
  enterpriseId: ent(ZHONGZHI),
  preparingFrom: '2019-03-01',
  ...extra,
});

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(API, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function move(id: number, body: Record<string, unknown>) {
  const version = (await staff.get(`${API}/${id}`)).json().version;
  return staff.post(`${API}/${id}/transitions`, { version, ...body });
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

const timelineOf = (enterpriseId: number) =>
  t.db
    .selectFrom('enterprise_event')
    .select(['kind', 'title', 'detail'])
    .where('enterprise_id', '=', enterpriseId)
    .where('module', '=', 'tech-platform')
    .orderBy('id')
    .execute();

describe('创新平台 register', () => {
  it('registers a platform and moves it 筹备 → 建设中 → 已认定 → 摘牌, with history, timeline and audit', async () => {
    const p = await create(staff, platform('流程测试研发中心', { siteArea: '1200.5', staffCount: 12 }));
    expect(p).toMatchObject({
      status: 'preparing',
      statusLabel: '筹备',
      kindLabel: '工程技术研究中心/企业研发中心',
      levelLabel: '县',
      operatorName: ZHONGZHI,
      regionName: '陇西县',
      siteArea: '1200.50',
      staffCount: 12,
    });
    expect(p.moves.map((m: { to: string }) => m.to)).toEqual(['building', 'revoked']);

    const illegal = await move(p.id, { to: 'recognized', on: '2019-06-01', documentNo: '陇科发〔2019〕1号' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.message).toContain('“筹备”变为“已认定”');

    expect((await move(p.id, { to: 'building', on: '2019-05-01' })).statusCode).toBe(200);
    const noDoc = await move(p.id, { to: 'recognized', on: '2019-09-01' });
    expect(noDoc.statusCode).toBe(400);
    expect(noDoc.json().error.message).toContain('认定文号');
    const recognized = await move(p.id, { to: 'recognized', on: '2019-09-01', documentNo: '陇科发〔2019〕1号' });
    expect(recognized.statusCode, recognized.body).toBe(200);
    expect(recognized.json()).toMatchObject({
      status: 'recognized',
      establishedOn: '2019-05-01',
      recognizedOn: '2019-09-01',
      documentNo: '陇科发〔2019〕1号',
    });

    const noReason = await move(p.id, { to: 'delisted', on: '2020-01-10' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('须填写原因');
    const early = await move(p.id, { to: 'delisted', on: '2019-08-01', reason: '年度评价不合格' });
    expect(early.statusCode).toBe(400);
    const delisted = await move(p.id, { to: 'delisted', on: '2020-01-10', reason: '连续两年评价不合格' });
    expect(delisted.statusCode).toBe(200);
    const detail = delisted.json();
    expect(detail).toMatchObject({ status: 'delisted', statusReason: '连续两年评价不合格', moves: [] });
    expect(
      detail.history.map((h: { fromState: string | null; toState: string; on: string }) => [
        h.fromState,
        h.toState,
        h.on,
      ]),
    ).toEqual([
      [null, 'preparing', '2019-03-01'],
      ['preparing', 'building', '2019-05-01'],
      ['building', 'recognized', '2019-09-01'],
      ['recognized', 'delisted', '2020-01-10'],
    ]);
    const events = (await timelineOf(ent(ZHONGZHI))).filter((e) => e.title.includes('流程测试研发中心'));
    expect(events.map((e) => e.kind)).toEqual([
      'platform-created',
      'platform-building',
      'platform-recognized',
      'platform-delisted',
    ]);
    const audits = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_type', '=', 'tech_platform')
      .where('object_id', '=', String(p.id))
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'tech-platform.create',
      'tech-platform.transition',
      'tech-platform.transition',
      'tech-platform.transition',
    ]);
    expect(audits[3].details).toMatchObject({ from: 'recognized', to: 'delisted', reason: '连续两年评价不合格' });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('tech_platform')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [platform('类别错误', { kind: 'spaceship' }), 'kind', '不在创新平台类别字典中'],
      [platform('级别错误', { level: 'galactic' }), 'level', '不在创新平台级别字典中'],
      [platform('两个运营单位', { operatorName: '某大学' }), 'enterpriseId', '二选一'],
      [platform('无筹备日期', { preparingFrom: null }), 'preparingFrom', '筹备起始日期'],
      [platform('已认定无文号', { status: 'recognized', recognizedOn: '2020-01-01' }), 'documentNo', '认定文号'],
      [platform('非联盟成员', { members: [{ name: '某研究院' }] }), 'members', '仅产业技术创新联盟'],
      [platform('面积错误', { siteArea: '12.345' }), 'siteArea', '场地面积'],
    ];
    for (const [body, field, text] of cases) {
      const res = await staff.post(API, body);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.body).toContain(text);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    }
    // An operator outside the staff's region: 安定区 staff naming a 陇西 enterprise.
    const outside = await other.post(API, platform('跨区运营', { regionCode: OTHER_COUNTY }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('不在您的管辖范围内');
    expect(await count()).toBe(before);
  });

  it('keeps the member units of an alliance and tells their timelines', async () => {
    const a = await create(
      staff,
      platform('测试产业联盟', {
        kind: 'alliance',
        status: 'building',
        establishedOn: '2019-04-01',
        members: [{ enterpriseId: ent(QINGLONG) }, { name: '兰州理工大学' }],
      }),
    );
    expect(a.members.map((m: { name: string }) => m.name)).toEqual([QINGLONG, '兰州理工大学']);
    expect((await timelineOf(ent(QINGLONG))).some((e) => e.title.includes('测试产业联盟'))).toBe(true);
    // The member enterprise's user sees it, read only.
    expect((await qiye.get(`${API}/${a.id}`)).statusCode).toBe(200);
    expect((await qiye.put(`${API}/${a.id}`, { version: a.version, name: '改名' })).statusCode).toBe(403);
    const twice = await staff.put(`${API}/${a.id}`, {
      version: a.version,
      members: [{ name: '甲单位' }, { name: '甲单位' }],
    });
    expect(twice.statusCode).toBe(400);
  });

  it('lists with filters (keyword, kind, level, status, region, year, ids) and paging', async () => {
    const x = await create(
      staff,
      platform('筛选测试孵化器', {
        kind: 'incubator',
        level: 'provincial',
        status: 'recognized',
        recognizedOn: '2018-07-01',
        documentNo: '甘科高〔2018〕9号',
      }),
    );
    const q = async (query: string) =>
      (await staff.get(`${API}?${query}`)).json().data.map((r: { id: number }) => r.id);
    expect(await q('keyword=筛选测试')).toEqual([x.id]);
    expect(await q('keyword=筛选测试&kind=makerspace')).toEqual([]);
    // The keyword also finds a platform by its operator's name in the register (众智众创 runs it).
    expect(await q(`keyword=${encodeURIComponent('众智众创')}&kind=incubator&year=2018`)).toEqual([x.id]);
    expect(await q('keyword=筛选测试&kind=incubator&level=provincial&status=recognized&year=2018')).toEqual([x.id]);
    expect(await q('keyword=筛选测试&year=2019')).toEqual([]);
    expect(await q(`keyword=筛选测试&regionCode=${COUNTY}`)).toEqual([x.id]);
    expect(await q(`keyword=筛选测试&regionCode=${OTHER_COUNTY}`)).toEqual([]);
    expect(await q(`ids=${x.id}`)).toEqual([x.id]);
    const page = (await staff.get(`${API}?pageSize=2&current=1`)).json();
    expect(page.data).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await staff.get(`${API}?status=open`)).statusCode).toBe(400);
  });

  it('scopes reading and writing: another county, an enterprise user, a leader', async () => {
    const p = await create(staff, platform('权限测试中心'));
    expect((await other.get(`${API}?keyword=权限测试`)).json().data).toEqual([]);
    expect((await other.get(`${API}/${p.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/${p.id}`, { version: p.version, name: '越权修改' })).statusCode).toBe(403);
    expect((await other.put(`${API}/${p.id}`, { version: 99, name: '越权修改' })).statusCode).toBe(403);
    expect(
      (await other.post(`${API}/${p.id}/transitions`, { version: p.version, to: 'building', on: '2019-05-01' }))
        .statusCode,
    ).toBe(403);
    expect((await other.post(API, platform('越权登记'))).statusCode).toBe(403);

    // 青龙管业's user sees the platform it operates (the demo 研发中心) and not 众智众创's.
    const mine = (await qiye.get(API)).json().data.map((r: { name: string }) => r.name);
    expect(mine).toContain('青龙管业管道新材料企业研发中心');
    expect(mine).not.toContain('权限测试中心');
    expect((await qiye.get(`${API}/${p.id}`)).statusCode).toBe(403);
    expect((await qiye.post(API, platform('企业登记'))).statusCode).toBe(403);

    expect((await leader.get(`${API}/${p.id}`)).statusCode).toBe(200);
    expect((await leader.post(API, platform('领导登记'))).statusCode).toBe(403);
    expect(
      (await leader.post(`${API}/${p.id}/transitions`, { version: p.version, to: 'building', on: '2019-05-01' }))
        .statusCode,
    ).toBe(403);

    const stale = await staff.put(`${API}/${p.id}`, { version: p.version, name: '权限测试中心改' });
    expect(stale.statusCode).toBe(200);
    const again = await staff.put(`${API}/${p.id}`, { version: p.version, name: '过期版本' });
    expect(again.statusCode).toBe(409);
    expect((await staff.get(`${API}/${p.id}`)).json().name).toBe('权限测试中心改');
  });
});

describe('incubation: incubatees, graduation, change reports', () => {
  let incubator: { id: number; version: number };
  beforeAll(async () => {
    incubator = await create(
      staff,
      platform('毕业测试孵化器', {
        kind: 'incubator',
        level: 'provincial',
        status: 'recognized',
        recognizedOn: '2019-06-01',
        documentNo: '甘科高〔2019〕1号',
        siteArea: '10000',
        address: '巩昌镇一号',
      }),
    );
  });

  it('takes incubatees and graduates them only for a reason the criteria support', async () => {
    const enter = (name: string) =>
      staff.post(`${API}/${incubator.id}/incubatees`, { enterpriseId: ent(name), enteredOn: '2019-07-01' });
    const a = await enter('陇西锦拓生物科技有限公司');
    expect(a.statusCode, a.body).toBe(200);
    expect((await enter('陇西锦拓生物科技有限公司')).statusCode).toBe(409);
    const b = await enter('陇西仓宇包装材料有限公司');
    const grad = (id: number, body: Record<string, unknown>) =>
      staff.post(`/api/v1/tech-platform/incubatees/${id}/graduation`, { graduatedOn: '2022-03-01', ...body });

    const noHighTech = await grad(a.json().id, { criterion: 'high_tech' });
    expect(noHighTech.statusCode).toBe(400);
    expect(noHighTech.json().error.message).toContain('没有已认定的高新技术企业资格');
    const small = await grad(a.json().id, { criterion: 'financing', financingAmount: '5000000', evidence: '投资协议' });
    expect(small.statusCode).toBe(400);
    expect(small.json().error.message).toContain('未超过 500 万元');
    const noEvidence = await grad(a.json().id, { criterion: 'acquired_listed' });
    expect(noEvidence.statusCode).toBe(400);
    const lowRevenue = await grad(b.json().id, {
      criterion: 'revenue',
      // The register holds 2019–2021 only: the two years before are stated, with evidence.
      revenueFromYear: 2016,
      statedRevenue: ['3000000', '4000000'],
      evidence: '年度财务报表',
    });
    expect(lowRevenue.statusCode).toBe(400);
    expect(lowRevenue.json().error.message).toContain('未超过 1000 万元');

    const ok = await grad(a.json().id, {
      criterion: 'financing',
      financingAmount: '6000000',
      evidence: '天使轮投资协议',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await grad(a.json().id, { criterion: 'acquired_listed', evidence: 'x' })).statusCode).toBe(409);
    const d = (await staff.get(`${API}/${incubator.id}`)).json();
    const graduated = d.incubatees.find((i: { id: number }) => i.id === a.json().id);
    expect(graduated).toMatchObject({ graduatedOn: '2022-03-01', criterion: 'financing' });
    expect(graduated.basis).toContain('600 万元');
    const events = await timelineOf(ent('陇西锦拓生物科技有限公司'));
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['incubation-entered', 'incubation-graduated']));

    // Not an incubating kind.
    const lab = await create(staff, platform('非孵化载体'));
    expect(
      (await staff.post(`${API}/${lab.id}/incubatees`, { enterpriseId: ent(QINGLONG), enteredOn: '2019-07-01' }))
        .statusCode,
    ).toBe(409);
  });

  it('records a change of name or site as 变更 due in 3 months, reminds staff, and takes the report', async () => {
    const now = (await staff.get(`${API}/${incubator.id}`)).json();
    const res = await staff.put(`${API}/${incubator.id}`, {
      version: now.version,
      name: '毕业测试孵化器（更名）',
      address: '巩昌镇二号',
      changedOn: '2022-01-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    const changes = res.json().changes;
    expect(changes.map((c: { changeType: string; dueOn: string }) => [c.changeType, c.dueOn]).sort()).toEqual([
      ['name', '2022-04-15'],
      ['site', '2022-04-15'],
    ]);
    const remind = async (today: string) => {
      const jobId = await t.app.jobs.enqueue({
        type: 'tech-platform.change-reminders',
        title: '变更报告提醒',
        payload: { today },
        createdBy: null,
      });
      await t.app.jobs.drain();
      const done = await t.db
        .selectFrom('job')
        .select(['status', 'result'])
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow();
      expect(done.status).toBe('succeeded');
      return (done.result as { sent: number }).sent;
    };
    expect(await remind('2022-02-01')).toBe(0);
    expect(await remind('2022-04-01')).toBeGreaterThanOrEqual(2);
    const bell = await t.db
      .selectFrom('message')
      .select(['title', 'body'])
      .where('title', 'like', '%毕业测试孵化器（更名）%')
      .execute();
    expect(bell.some((m) => m.title.startsWith('变更待报告') && m.body.includes('2022-04-15'))).toBe(true);
    expect(await remind('2022-04-01')).toBe(0);

    for (const c of changes) {
      const r = await staff.post(`/api/v1/tech-platform/changes/${c.id}/report`, { reportedOn: '2022-04-10' });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(await remind('2022-05-01')).toBe(0);
  });

  it('keeps the certificate as an attachment, downloadable by whoever reads the platform', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);
    const res = await upload(
      staff,
      `/api/v1/attachments/tech-platform.platform/${incubator.id}?slot=certificate`,
      '认定证书.pdf',
      pdf,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ slot: 'certificate', fileName: '认定证书.pdf' });
    const got = await leader.get(`/api/v1/attachments/file/${res.json().id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect((await other.get(`/api/v1/attachments/file/${res.json().id}`)).statusCode).toBe(403);
    expect(
      (
        await upload(
          staff,
          `/api/v1/attachments/tech-platform.platform/${incubator.id}?slot=other`,
          'x.exe',
          Buffer.from('MZ...'),
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (await upload(leader, `/api/v1/attachments/tech-platform.platform/${incubator.id}?slot=other`, 'a.pdf', pdf))
        .statusCode,
    ).toBe(403);
    const detail = (await leader.get(`${API}/${incubator.id}`)).json();
    expect(detail.files.map((f: { fileName: string }) => f.fileName)).toContain('认定证书.pdf');
  });
});

describe('Excel and facts', () => {
  it('imports platforms from the template (kind and level as dropdowns) in one round trip', async () => {
    const tpl = await staff.get(`${API}/import-template`);
    expect(tpl.statusCode).toBe(200);
    const rows = [
      {
        平台名称: '导入测试孵化器',
        平台类别: '科技企业孵化器',
        平台级别: '省',
        状态: '已认定',
        运营单位: ZHONGZHI,
        认定日期: '2018-05-01',
        认定文号: '甘科高〔2018〕2号',
        '场地面积（平方米）': '8000',
      },
      {
        平台名称: '导入测试中心',
        平台类别: '重点实验室',
        平台级别: '市',
        状态: '筹备',
        运营单位: '兰州大学',
        筹备起始日期: '2018-03-01',
      },
      {
        平台名称: '导入测试错误',
        平台类别: '新型研发机构',
        平台级别: '县',
        状态: '已认定',
        运营单位: '某研究院',
        认定日期: '2018-03-01',
      },
    ];
    const bad = await upload(staff, `${API}/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.result).toMatchObject({ totalRows: 3, failedRows: 1 });
    expect(checked.result.problems[0]).toMatchObject({ row: 4, column: '认定文号' });
    expect((await staff.post(`${API}/import/${bad.json().jobId}/confirm`)).statusCode).toBe(409);

    rows[2].认定文号 = '陇科发〔2018〕3号';
    const good = await upload(staff, `${API}/import`, '已改.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect((await job(good.json().jobId)).result).toMatchObject({ failedRows: 0, toCreate: 3 });
    const confirm = await staff.post(`${API}/import/${good.json().jobId}/confirm`);
    expect(confirm.statusCode, confirm.body).toBe(200);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    expect(done.result.created).toBe(3);
    const listed = (await staff.get(`${API}?keyword=导入测试&sort=name&order=ascend`)).json().data;
    expect(
      listed.map((r: Record<string, unknown>) => [
        r.name,
        r.kind,
        r.status,
        r.enterpriseId,
        r.operatorName,
        r.siteArea,
      ]),
    ).toEqual([
      ['导入测试中心', 'key_lab', 'preparing', null, '兰州大学', null],
      ['导入测试孵化器', 'incubator', 'recognized', ent(ZHONGZHI), ZHONGZHI, '8000.00'],
      ['导入测试错误', 'new_rd_institute', 'recognized', null, '某研究院', null],
    ]);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'tech-platform.import')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ file: '已改.xlsx', created: 3 });
    expect((await leader.get(`${API}/import-template`)).statusCode).toBe(403);
  });

  it('exports the filtered list in the import columns and audits the export', async () => {
    const res = await staff.get(`${API}/export?keyword=导入测试孵化器`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('导入测试孵化器');
    expect(text).toContain('科技企业孵化器');
    expect(text).not.toContain('导入测试中心');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'tech-platform.export')
      .executeTakeFirstOrThrow();
    expect(audit.region_code).toBe(COUNTY);
    expect(audit.details).toMatchObject({ rows: 1, filter: { keyword: '导入测试孵化器' } });
  });

  it('states platforms by kind, level and status, new, preparing and alliances, with ids, in the county only', async () => {
    const prep = await create(
      staff,
      platform('事实测试实验室', { kind: 'key_lab', level: 'city', preparingFrom: '2015-02-01' }),
    );
    const formed = await create(
      staff,
      platform('事实测试联盟', {
        kind: 'alliance',
        status: 'building',
        preparingFrom: '2015-01-10',
        establishedOn: '2015-09-01',
        enterpriseId: null,
        operatorName: '定西市科技局',
      }),
    );
    const h1 = await factsOf(staff, '2015H1');
    expect(factsWhere(h1, 'tech-platform.preparing', { kind: 'key_lab' })[0]).toMatchObject({
      value: '1',
      recordIds: [prep.id],
    });
    expect(factsWhere(h1, 'tech-platform.preparing', { kind: 'alliance' })[0].recordIds).toEqual([formed.id]);
    expect(factsWhere(h1, 'tech-platform.alliances')).toEqual([]);
    const h2 = await factsOf(staff, '2015H2');
    const [alliances] = factsWhere(h2, 'tech-platform.alliances');
    expect(alliances).toMatchObject({
      value: '1',
      recordIds: [formed.id],
      link: `/tech-platform/platforms?ids=${formed.id}`,
    });
    expect(factsWhere(h2, 'tech-platform.new', { kind: 'alliance' })[0].recordIds).toEqual([formed.id]);
    // As at 2015-06-30 the alliance was still 筹备; by the year's end 建设中.
    expect(factsWhere(h1, 'tech-platform.platforms', { kind: 'alliance', status: 'preparing' })[0].recordIds).toContain(
      formed.id,
    );
    expect(factsWhere(h2, 'tech-platform.platforms', { kind: 'alliance', status: 'building' })[0].recordIds).toContain(
      formed.id,
    );
    expect(factsWhere(await factsOf(other, '2015'), 'tech-platform.preparing')).toEqual([]);
  });
});
