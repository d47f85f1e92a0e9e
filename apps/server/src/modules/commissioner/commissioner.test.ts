import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday, idNumberCheckChar } from '@kechuang/domain';
import { factsOf, factsWhere } from '../../../test/facts';
import { fillTemplate } from '../../../test/fill-template';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { expireEndedTerms } from './workflow/expire-commissioners';

const API = '/api/v1/commissioner/roster';
const COUNTY = '621122';
// Another county with no demo data (兰州市城关区): 定西市's other counties have their own demo commissioners.
const OTHER_COUNTY = '620102';

let t: TestApp;
let staff: TestClient;
let other: TestClient;
let leader: TestClient;

/** A user of another role or county, with the demo staff's password. */
async function userOf(username: string, role: string, regionCode: string, enterpriseId: number | null = null) {
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const user = await t.db
    .insertInto('app_user')
    .values({
      username,
      display_name: username,
      password_hash: base.password_hash,
      region_code: regionCode,
      enterprise_id: enterpriseId,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: user.id, role_code: role }).execute();
  return user.id;
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  await userOf('commissioner_other', 'staff', OTHER_COUNTY);
  other = await t.as('commissioner_other');
});
afterAll(() => t?.close());

let seq = 100;
/** A valid ID number (GB 11643) for a birth date; each call a new person. */
function idFor(birthDate: string): string {
  const first17 = `620121${birthDate.replaceAll('-', '')}${String(seq++).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const person = (name: string, extra: Record<string, unknown> = {}) => {
  const birthDate = (extra.birthDate as string) ?? '1975-06-18';
  return {
    name,
    gender: '男',
    birthDate,
    idNumber: idFor(birthDate),
    phone: '13912345678',
    title: '高级农艺师',
    titleLevel: '副高',
    field: '种植业',
    unitName: '陇西县农业技术推广中心',
    unitKind: '事业单位',
    level: 'county',
    batch: '测试批',
    termStart: '2025-03-01',
    regionCode: COUNTY,
    ...extra,
  };
};

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(API, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const detail = async (id: number, client = staff) => (await client.get(`${API}/${id}`)).json();
async function move(id: number, m: string, body: Record<string, unknown> = {}) {
  const { commissioner } = await detail(id);
  return staff.post(`${API}/${id}/${m}`, { version: commissioner.version, on: '2025-03-01', ...body });
}
async function toPublicised(id: number) {
  for (const m of ['recommend', 'review', 'publicise']) expect((await move(id, m)).statusCode).toBe(200);
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
async function job(jobId: number) {
  await t.app.jobs.drain();
  return (await staff.get(`/api/v1/jobs/${jobId}`)).json();
}

describe('科技特派员名册 (module commissioner)', () => {
  it('creates a commissioner with the term end from the level rule, masked, and lists it with filters', async () => {
    const body = person('名册测试甲', { field: '中药材', batch: '名册批' });
    const c = await create(staff, body);
    expect(c).toMatchObject({
      status: 'applied',
      termEnd: '2027-02-28',
      regionName: '陇西县',
      phoneMasked: '139****5678',
    });
    expect(c.idNumberMasked).toBe(`${body.idNumber.slice(0, 4)}**********${body.idNumber.slice(-4)}`);
    await create(staff, person('名册测试乙', { level: 'city', batch: '名册批', termEnd: '2025-12-31' }));
    const names = async (q: string) =>
      (await staff.get(`${API}?keyword=名册测试&${q}`)).json().data.map((r: { name: string }) => r.name);
    expect(await names('level=county')).toEqual(['名册测试甲']);
    expect(await names('field=中药材')).toEqual(['名册测试甲']);
    expect((await names('batch=名册批&sort=name&order=ascend')).length).toBe(2);
    expect(await names('status=appointed')).toEqual([]);
    expect(await names(`ids=${c.id}`)).toEqual(['名册测试甲']);
    expect((await detail(c.id)).commissioner).toEqual(c);
    expect((await staff.get(`${API}/999999999`)).statusCode).toBe(404);
    expect((await leader.get(`${API}/${c.id}`)).statusCode).toBe(200);
    expect((await leader.post(API, person('领导不能新增'))).statusCode).toBe(403);
    expect((await leader.post(`${API}/${c.id}/recommend`, { version: c.version })).statusCode).toBe(403);
  });

  it('edits under optimistic locking (409 on a stale version) and audits without the sealed number', async () => {
    const c = await create(staff, person('编辑测试'));
    const ok = await staff.put(`${API}/${c.id}`, { version: c.version, teamName: '马铃薯科技特派团' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ teamName: '马铃薯科技特派团', version: c.version + 1 });
    const stale = await staff.put(`${API}/${c.id}`, { version: c.version, teamName: '被覆盖' });
    expect(stale.statusCode).toBe(409);
    expect((await detail(c.id)).commissioner.teamName).toBe('马铃薯科技特派团');
    const born = await staff.put(`${API}/${c.id}`, { version: c.version + 1, birthDate: '1975-06-19' });
    expect(born.statusCode).toBe(400);
    expect(born.json().error.message).toContain('出生日期与身份证号中的出生日期 1975-06-18 不一致');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('object_type', '=', 'commissioner')
      .where('object_id', '=', String(c.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['commissioner.create', 'commissioner.update']);
    expect(JSON.stringify(audit)).not.toContain('id_number_sealed');
    expect(audit[1]).toMatchObject({ before: { team_name: null }, after: { team_name: '马铃薯科技特派团' } });
  });

  it('refuses a bad ID check digit, a term ending before it starts, a duplicate in level and batch (400, Chinese)', async () => {
    const refusal = async (body: Record<string, unknown>) => {
      const res = await staff.post(API, body);
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.message as string;
    };
    const good = person('校验测试');
    const wrong = good.idNumber.slice(0, 17) + (good.idNumber[17] === '1' ? '2' : '1');
    expect(await refusal({ ...good, idNumber: wrong })).toContain('身份证号校验位不符（GB 11643）');
    expect(await refusal({ ...good, termStart: '2025-03-01', termEnd: '2025-02-01' })).toContain(
      '任期结束日期不能早于任期开始日期',
    );
    expect(await refusal({ ...good, birthDate: '1975-06-19' })).toContain('出生日期');
    expect(await refusal({ ...good, unitKind: '外星单位' })).toContain('派出单位类型');
    await create(staff, good);
    expect(await refusal({ ...good, name: '重复测试' })).toContain('本级别、本批次已登记');
    // The same person in another batch is a new appointment.
    await create(staff, { ...good, batch: '下一批' });
  });

  it('moves through 推荐 → 审核 → 公示 → 聘任 with history; an illegal move is 409 naming both states', async () => {
    const c = await create(staff, person('流程测试'));
    const illegal = await move(c.id, 'appoint');
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.message).toContain('不能从“已申请”变为“已聘任”');
    await toPublicised(c.id);
    const appointed = await move(c.id, 'appoint', { on: '2025-03-05' });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const d = await detail(c.id);
    expect(d.commissioner).toMatchObject({ status: 'appointed', appointedOn: '2025-03-05' });
    expect(d.history.map((h: { toState: string }) => h.toState)).toEqual([
      'applied',
      'recommended',
      'reviewed',
      'publicised',
      'appointed',
    ]);
    const again = await move(c.id, 'recommend');
    expect(again.json().error.message).toContain('不能从“已聘任”变为“单位已推荐”');
    const noReason = await move(c.id, 'dismiss');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('“解聘”须填写原因');
    expect((await move(c.id, 'dismiss', { reason: '调离本县' })).statusCode).toBe(200);
    expect((await detail(c.id)).commissioner).toMatchObject({ status: 'dismissed', statusReason: '调离本县' });
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'commissioner')
      .where('object_id', '=', String(c.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'commissioner.create',
      'commissioner.recommend',
      'commissioner.review',
      'commissioner.publicise',
      'commissioner.appoint',
      'commissioner.dismiss',
    ]);
  });

  it('refuses appointing an over-age person (资格条件) until staff record an override with a reason', async () => {
    // County rule: at most 60 on the day; born 1963-03-02 is 61 on 2025-03-05.
    const c = await create(staff, person('超龄测试', { birthDate: '1963-03-02' }));
    const d = await detail(c.id);
    expect(d.eligibility.passed).toBe(false);
    expect(d.eligibility.checks.find((x: { rule: string }) => x.rule === 'age').message).toContain('本局设定');
    await toPublicised(c.id);
    const refused = await move(c.id, 'appoint', { on: '2025-03-05' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('不符合资格条件');
    const version = (await detail(c.id)).commissioner.version;
    const blank = await staff.post(`${API}/${c.id}/eligibility-override`, { version, reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toContain('例外原因');
    const ok = await staff.post(`${API}/${c.id}/eligibility-override`, {
      version,
      reason: '急需的马铃薯育种专家，经局务会研究同意',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await move(c.id, 'appoint', { on: '2025-03-05' })).statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'commissioner.eligibility-override')
      .where('object_id', '=', String(c.id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).toContain('超过年龄上限 60 周岁');
  });

  it('admits the age exactly at the limit and refuses a title below the level minimum and an excluded unit kind', async () => {
    // 60 on 2025-03-05 exactly (born 1965-03-05): still eligible at county level.
    const atLimit = await create(staff, person('恰好六十', { birthDate: '1965-03-05' }));
    await toPublicised(atLimit.id);
    expect((await move(atLimit.id, 'appoint', { on: '2025-03-05' })).statusCode).toBe(200);

    // City rule: 中级 or above; 初级 fails.
    const low = await create(staff, person('职称不足', { level: 'city', titleLevel: '初级', title: '助理农艺师' }));
    const checks = (await detail(low.id)).eligibility.checks;
    expect(checks.find((x: { rule: string }) => x.rule === 'title')).toMatchObject({ passed: false });
    await toPublicised(low.id);
    expect((await move(low.id, 'appoint')).json().error.message).toContain('低于最低要求“中级”');

    const gov = await create(staff, person('机关人员', { unitKind: '党政机关', unitName: '陇西县某局' }));
    await toPublicised(gov.id);
    const refused = await move(gov.id, 'appoint');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('“党政机关”的人员不得申请');
  });

  it('marks appointed commissioners past their term as 期满 (the daily job)', async () => {
    const c = await create(staff, person('期满测试', { termStart: '2020-01-01', termEnd: '2021-12-31' }));
    await toPublicised(c.id);
    expect((await move(c.id, 'appoint', { on: '2020-01-01' })).statusCode).toBe(200);
    const before = (await detail(c.id)).commissioner.status;
    expect(before).toBe('appointed');
    expect(await expireEndedTerms(t.db, chinaToday())).toBeGreaterThanOrEqual(1);
    const d = await detail(c.id);
    expect(d.commissioner.status).toBe('expired');
    expect(d.history.at(-1)).toMatchObject({
      fromState: 'appointed',
      toState: 'expired',
      reason: '任期于 2021-12-31 届满',
    });
    // The demo's 赵立新 serves to 2027: untouched.
    const zhao = await t.db
      .selectFrom('commissioner')
      .select('status')
      .where('name', '=', '赵立新')
      .executeTakeFirstOrThrow();
    expect(zhao.status).toBe('appointed');
  });

  it('keeps the ID number sealed: no plain number in the row; the reveal is audited; the export is masked', async () => {
    const body = person('加密测试');
    const c = await create(staff, body);
    const row = await t.db.selectFrom('commissioner').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(body.idNumber);
    expect(JSON.stringify(row)).not.toContain(body.idNumber.slice(6, 14) + body.idNumber.slice(14, 17));
    expect(row.id_number_sealed).toMatch(/^(sm4-ctr\+hmac-sm3|aes-256-gcm):/);

    const revealed = await staff.get(`${API}/${c.id}/personal`);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ idNumber: body.idNumber, phone: body.phone });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_name', 'region_code'])
      .where('action', '=', 'commissioner.reveal')
      .where('object_id', '=', String(c.id))
      .execute();
    expect(audit).toEqual([{ actor_name: 'staff', region_code: COUNTY }]);
    expect((await leader.get(`${API}/${c.id}/personal`)).statusCode).toBe(403);
    expect((await other.get(`${API}/${c.id}/personal`)).statusCode).toBe(403);

    const res = await staff.get(`${API}/export?keyword=加密测试`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('加密测试');
    expect(text).toContain(c.idNumberMasked);
    expect(text).not.toContain(body.idNumber);
    expect(text).not.toContain(body.phone);
    const exported = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'commissioner.export')
      .executeTakeFirstOrThrow();
    expect(exported.details).toMatchObject({ rows: 1, filter: { keyword: '加密测试' } });
  });

  it('keeps others out: another county’s staff, the enterprise user; tpy sees only their own row', async () => {
    const c = await create(staff, person('本县特派员'));
    const theirs = await create(other, person('安定区特派员', { regionCode: OTHER_COUNTY }));
    const list = (await other.get(`${API}?pageSize=200`)).json();
    expect(list.data.map((x: { id: number }) => x.id)).toEqual([theirs.id]);
    expect((await other.get(`${API}/${c.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/${c.id}`, { version: c.version, remark: '越权' })).statusCode).toBe(403);
    expect((await other.put(`${API}/${c.id}`, { version: c.version + 3, remark: '越权' })).statusCode).toBe(403);
    expect((await other.post(`${API}/${c.id}/recommend`, { version: c.version })).statusCode).toBe(403);
    expect((await other.post(API, person('越权新增'))).statusCode).toBe(403);

    const tpy = await t.as('tpy');
    const own = (await tpy.get(`${API}?pageSize=200`)).json();
    expect(own.data.map((x: { name: string }) => x.name)).toEqual(['赵立新']);
    expect((await tpy.get(`${API}/${own.data[0].id}`)).statusCode).toBe(200);
    expect((await tpy.get(`${API}/${c.id}`)).statusCode).toBe(403);
    expect((await tpy.put(`${API}/${own.data[0].id}`, { version: 1, remark: '自改' })).statusCode).toBe(403);
    expect((await tpy.get(`${API}/${own.data[0].id}/personal`)).statusCode).toBe(403);

    const qiye = await t.as('qiye');
    expect((await qiye.get(API)).statusCode).toBe(403);
    expect((await qiye.get(`${API}/${c.id}`)).statusCode).toBe(403);
  });

  it('signs 三方协议 within the term with an enterprise of the region (timeline) or a named entity', async () => {
    const c = await create(staff, person('协议测试', { termStart: '2025-03-01', termEnd: '2027-02-28' }));
    const ent = await t.db
      .selectFrom('enterprise')
      .select(['id', 'name'])
      .where('region_code', '=', COUNTY)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const agreement = (extra: Record<string, unknown>) => ({
      serviceDays: 30,
      tasks: '技术指导与培训',
      startOn: '2025-04-01',
      endOn: '2026-03-31',
      ...extra,
    });
    const ok = await staff.post(`${API}/${c.id}/agreements`, agreement({ enterpriseId: ent.id }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ objectName: ent.name, objectKind: '企业', status: 'active' });
    const event = await t.db
      .selectFrom('enterprise_event')
      .select(['module', 'title'])
      .where('enterprise_id', '=', ent.id)
      .where('ref_type', '=', 'commissioner_agreement')
      .where('ref_id', '=', ok.json().id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ module: 'commissioner', title: '与科技特派员协议测试签订三方协议' });
    const coop = await staff.post(
      `${API}/${c.id}/agreements`,
      agreement({ objectName: '首阳镇合作社', objectKind: '合作社' }),
    );
    expect(coop.statusCode, coop.body).toBe(200);
    expect((await detail(c.id)).agreements).toHaveLength(2);

    const outside = await staff.post(
      `${API}/${c.id}/agreements`,
      agreement({ enterpriseId: ent.id, endOn: '2027-06-30' }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('不能晚于任期结束日期 2027-02-28');
    const early = await staff.post(
      `${API}/${c.id}/agreements`,
      agreement({ enterpriseId: ent.id, startOn: '2024-01-01' }),
    );
    expect(early.json().error.message).toContain('须在任期');

    const far = await t.db
      .insertInto('enterprise')
      .values({
        region_code: OTHER_COUNTY,
        name: '安定区测试企业有限公司',
        name_initials: 'ADQ',
        name_pinyin: 'anding',
        credit_code: '91621102MA00000000',
        created_by: null,
        updated_by: null,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreign = await staff.post(
      `${API}/${c.id}/agreements`,
      agreement({ enterpriseId: (far as { id: number }).id }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('不在您的管辖范围内');

    // The signed scan on the attachments kit: staff upload it, the leader may not, tpy may not see another's.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const scanUrl = `/api/v1/attachments/commissioner.agreement/${ok.json().id}`;
    const up = await staff.upload(`${scanUrl}?slot=scan`, '协议扫描件.png', png);
    expect(up.statusCode, up.body).toBe(200);
    expect((await leader.upload(`${scanUrl}?slot=scan`, '领导.png', png)).statusCode).toBe(403);
    expect((await (await t.as('tpy')).get(scanUrl)).statusCode).toBe(403);
    const files = (await staff.get(scanUrl)).json();
    expect(JSON.stringify(files)).toContain('协议扫描件.png');

    const a = ok.json();
    const ended = await staff.post(`/api/v1/commissioner/agreements/${a.id}/terminate`, {
      version: a.version,
      on: '2025-10-01',
      reason: '企业停产',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'terminated', terminatedOn: '2025-10-01' });
  });

  it('lets staff edit a level rule (validated, versioned, audited); the leader may not', async () => {
    const rules = (await staff.get('/api/v1/commissioner/level-rules')).json();
    const city = rules.find((r: { level: string }) => r.level === 'city');
    expect(rules.map((r: { level: string }) => r.level)).toEqual(['province', 'city', 'county']);
    const body = {
      version: city.version,
      maxAge: city.maxAge,
      minTitleLevel: city.minTitleLevel,
      excludedUnitKinds: city.excludedUnitKinds,
      minServiceDays: 40,
      termYears: city.termYears,
      source: city.source,
    };
    const bad = await staff.put('/api/v1/commissioner/level-rules/city', { ...body, maxAge: 200 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('年龄上限不高于 80 周岁');
    const badKind = await staff.put('/api/v1/commissioner/level-rules/city', { ...body, excludedUnitKinds: ['某某'] });
    expect(badKind.json().error.message).toContain('不是有效选项');
    expect((await leader.put('/api/v1/commissioner/level-rules/city', body)).statusCode).toBe(403);
    const ok = await staff.put('/api/v1/commissioner/level-rules/city', body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ minServiceDays: 40, version: city.version + 1 });
    expect((await staff.put('/api/v1/commissioner/level-rules/city', body)).statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'commissioner.level-rule.update')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ before: { min_service_days: 30 }, after: { min_service_days: 40 } });
  });

  it('imports commissioners: a bad check digit is named and blocks, the fixed file goes in', async () => {
    const tpl = await staff.get(`${API}/import-template`);
    expect(tpl.statusCode).toBe(200);
    const row = (name: string, birth: string, id: string) => ({
      姓名: name,
      性别: '女',
      出生日期: birth,
      身份证号: id,
      职称级别: '中级',
      派出单位: '陇西县农业技术推广中心',
      派出单位类型: '事业单位',
      级别: '县级',
      批次: '导入批',
      任期开始日期: '2025-05-01',
    });
    const a = idFor('1980-01-02');
    const b = idFor('1981-02-03');
    const wrongB = b.slice(0, 17) + (b[17] === '1' ? '2' : '1');
    const rows = [row('导入测试甲', '1980-01-02', a), row('导入测试乙', '1981-02-03', wrongB)];
    const bad = await upload(staff, `${API}/import`, '有错.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect(bad.statusCode, bad.body).toBe(200);
    const checked = await job(bad.json().jobId);
    expect(checked.result).toMatchObject({ totalRows: 2, failedRows: 1 });
    expect(checked.result.problems[0]).toMatchObject({ row: 3, column: '身份证号' });
    expect(checked.result.problems[0].message).toContain('校验位');

    rows[1].身份证号 = b;
    const good = await upload(staff, `${API}/import`, '已改.xlsx', await fillTemplate(tpl.rawPayload, rows));
    expect((await job(good.json().jobId)).result).toMatchObject({ failedRows: 0, toCreate: 2 });
    const confirm = await staff.post(`${API}/import/${good.json().jobId}/confirm`);
    const done = await job(confirm.json().jobId);
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    const listed = (await staff.get(`${API}?keyword=导入测试&sort=name&order=ascend`)).json();
    expect(
      listed.data.map((r: { name: string; termEnd: string; status: string }) => [r.name, r.termEnd, r.status]),
    ).toEqual([
      ['导入测试乙', '2027-04-30', 'applied'],
      ['导入测试甲', '2027-04-30', 'applied'],
    ]);
    const sealed = await t.db
      .selectFrom('commissioner')
      .select('id_number_sealed')
      .where('batch', '=', '导入批')
      .execute();
    expect(JSON.stringify(sealed)).not.toContain(a);
  });

  it('states 2022 H1: 6 county-level commissioners appointed in the demo county, none for another county', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [appointed] = factsWhere(facts, 'commissioner.appointed').filter((f) => f.dimensions.level === 'county');
    expect(appointed).toMatchObject({ value: '6', unit: '名', label: '聘任县级科技特派员' });
    expect(appointed.recordNames).toContain('赵立新');
    expect(appointed.link).toBe(`/commissioner/roster?ids=${appointed.recordIds.join(',')}`);
    const active = factsWhere(facts, 'commissioner.active');
    expect(active.find((f) => f.dimensions.level === 'county')!.value).toBe('6');
    expect(active.find((f) => f.dimensions.level === 'city')!.value).toBe('5');
    expect(factsWhere(await factsOf(other, '2022H1'), 'commissioner.appointed')).toEqual([]);
  });
});
