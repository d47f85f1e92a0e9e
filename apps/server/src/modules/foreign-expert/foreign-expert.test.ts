import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

const EXPERTS = '/api/v1/foreign-expert/experts';
const VISITS = '/api/v1/foreign-expert/visits';
const COUNTY = '621122';
const OTHER_COUNTY = '621102';

let t: TestApp;
let staff: TestClient;
let other: TestClient;
let leader: TestClient;
let aiweike: number;
let haisheng: number;
let otherEnterprise: number;
let base: number;
let incubator: number;

/** A staff member of another county (安定区), with the same role and password as the demo staff account. */
async function otherCountyStaff(): Promise<TestClient> {
  const { password_hash } = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const user = await t.db
    .insertInto('app_user')
    .values({
      username: 'fe_other',
      display_name: '安定区科员',
      password_hash,
      region_code: OTHER_COUNTY,
      enterprise_id: null,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: user.id, role_code: 'staff' }).execute();
  return t.as('fe_other');
}

const idOf = async (table: 'enterprise' | 'tech_platform', name: string) =>
  (await t.db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  other = await otherCountyStaff();
  aiweike = await idOf('enterprise', '甘肃爱味客马铃薯加工有限公司');
  haisheng = await idOf('enterprise', '陇西海升果业有限公司');
  base = await idOf('tech_platform', '爱味客马铃薯加工引智基地');
  incubator = await idOf('tech_platform', '陇西县科技企业孵化器');
  // A copy of a demo enterprise registered in another county.
  const { id: _id, ...model } = await t.db
    .selectFrom('enterprise')
    .selectAll()
    .where('id', '=', aiweike)
    .executeTakeFirstOrThrow();
  otherEnterprise = (
    await t.db
      .insertInto('enterprise')
      .values({
        ...model,
        region_code: OTHER_COUNTY,
        name: '安定区测试企业有限公司',
        credit_code: '91621102MA74TEST9X',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t?.close());

const expert = (name: string, passportNo: string, extra: Record<string, unknown> = {}) => ({
  name,
  regionCode: COUNTY,
  country: 'NL',
  field: '马铃薯加工',
  passportNo,
  ...extra,
});
const visit = (expertIds: number[], enterpriseIds: number[], extra: Record<string, unknown> = {}) => ({
  regionCode: COUNTY,
  startOn: '2021-04-06',
  endOn: '2021-04-08',
  expertIds,
  enterpriseIds,
  topics: '加工工艺指导',
  ...extra,
});

async function create(client: TestClient, url: string, body: Record<string, unknown>) {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function refusal(client: TestClient, url: string, body: Record<string, unknown>) {
  const res = await client.post(url, body);
  expect(res.statusCode, res.body).toBe(400);
  return res.json().error as { message: string; details?: { field: string }[] };
}

describe('外国专家 profiles', () => {
  it('registers an expert with the passport sealed, masked in answers, listed and filtered', async () => {
    const a = await create(
      staff,
      EXPERTS,
      expert('Anna Smit', 'nx 1234 567', {
        nameZh: '安娜',
        phone: '13912345678',
        talentBaseId: base,
        workPermitNo: 'WP2021000123',
      }),
    );
    expect(a).toMatchObject({
      name: 'Anna Smit',
      countryLabel: '荷兰',
      passportMasked: 'NX*****67',
      phoneMasked: '139****5678',
      talentBaseName: '爱味客马铃薯加工引智基地',
      regionName: '陇西县',
      visitCount: 0,
    });
    expect(JSON.stringify(a)).not.toContain('NX1234567');
    const stored = await t.db.selectFrom('foreign_expert').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('NX1234567');
    expect(stored.passport_sealed).toMatch(/^(sm4-ctr\+hmac-sm3|aes-256-gcm):/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'foreign-expert.expert.create')
      .where('object_id', '=', String(a.id))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).not.toContain('NX1234567');
    expect(JSON.stringify(audit.after)).not.toContain(stored.passport_sealed);

    const listed = (await staff.get(`${EXPERTS}?keyword=安娜`)).json();
    expect(listed.data.map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect((await staff.get(`${EXPERTS}?ids=${a.id}&country=GB`)).json().total).toBe(0);
    expect((await staff.get(`${EXPERTS}/${a.id}`)).json()).toEqual(a);
    expect((await staff.get(`${EXPERTS}/999999`)).statusCode).toBe(404);
    expect((await leader.get(`${EXPERTS}/${a.id}`)).statusCode).toBe(200);
    expect((await leader.post(EXPERTS, expert('Leader Try', 'L1234567'))).statusCode).toBe(403);
  });

  it('reveals the passport only through the audited endpoint, to staff holding foreign-expert:reveal', async () => {
    const a = await create(staff, EXPERTS, expert('Reveal Test', 'RV998877'));
    const res = await staff.get(`${EXPERTS}/${a.id}/passport`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ passportNo: 'RV998877' });
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['actor_name', 'region_code'])
      .where('action', '=', 'foreign-expert.expert.view-passport')
      .where('object_id', '=', String(a.id))
      .execute();
    expect(audited).toEqual([{ actor_name: 'staff', region_code: COUNTY }]);
    expect((await leader.get(`${EXPERTS}/${a.id}/passport`)).statusCode).toBe(403);
    expect((await other.get(`${EXPERTS}/${a.id}/passport`)).statusCode).toBe(403);
  });

  it('edits under optimistic locking; a new passport is sealed again; a stale version is 409', async () => {
    const a = await create(staff, EXPERTS, expert('Edit Test', 'ED100200'));
    const ok = await staff.put(`${EXPERTS}/${a.id}`, { version: a.version, passportNo: 'ED300400', employer: 'WUR' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ passportMasked: 'ED****00', employer: 'WUR', version: 2 });
    expect((await staff.get(`${EXPERTS}/${a.id}/passport`)).json().passportNo).toBe('ED300400');
    const stale = await staff.put(`${EXPERTS}/${a.id}`, { version: 1, employer: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect((await staff.get(`${EXPERTS}/${a.id}`)).json().employer).toBe('WUR');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'foreign-expert.expert.update')
      .where('object_id', '=', String(a.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ before: { employer: null }, after: { employer: 'WUR' } });
    expect(JSON.stringify(audit)).not.toContain('ED300400');
  });

  it('refuses bad input with 400 naming the field, and a second expert with the same passport', async () => {
    expect((await refusal(staff, EXPERTS, expert('Bad Passport', '12'))).message).toContain(
      '护照号码须为 5～20 位字母或数字',
    );
    expect((await refusal(staff, EXPERTS, expert('', 'AB12345'))).message).toContain('请填写姓名');
    expect((await refusal(staff, EXPERTS, expert('Bad Country', 'AB12345', { country: 'XX' }))).message).toContain(
      '国籍：“XX”不是有效选项',
    );
    expect((await refusal(staff, EXPERTS, expert('Bad Phone', 'AB12345', { phone: 'abc' }))).message).toContain(
      '联系电话',
    );
    const kind = await refusal(staff, EXPERTS, expert('Bad Base', 'AB12345', { talentBaseId: incubator }));
    expect(kind.message).toContain('不是引智基地');
    expect(kind.details?.[0].field).toBe('talentBaseId');
    await create(staff, EXPERTS, expert('Twin One', 'TW555666'));
    const twin = await refusal(staff, EXPERTS, expert('Twin Two', 'tw555666'));
    expect(twin.message).toContain('护照号码：与已登记的专家“Twin One”相同');
    expect(twin.details?.[0].field).toBe('passportNo');
    expect(await t.db.selectFrom('foreign_expert').select('id').where('name', '=', 'Twin Two').execute()).toEqual([]);
  });

  it('keeps another county out: no list, read, edit or create here, and no link to this county’s 引智基地', async () => {
    const a = await create(staff, EXPERTS, expert('County Only', 'CO121212'));
    const theirs = await create(other, EXPERTS, { ...expert('Other County', 'OC343434'), regionCode: OTHER_COUNTY });
    expect((await other.get(`${EXPERTS}?pageSize=200`)).json().data.map((x: { id: number }) => x.id)).toEqual([
      theirs.id,
    ]);
    expect((await other.get(`${EXPERTS}/${a.id}`)).statusCode).toBe(403);
    expect((await staff.get(`${EXPERTS}/${theirs.id}`)).statusCode).toBe(403);
    expect((await other.put(`${EXPERTS}/${a.id}`, { version: a.version, remark: '越权' })).statusCode).toBe(403);
    expect((await other.put(`${EXPERTS}/${a.id}`, { version: 9, remark: '越权' })).statusCode).toBe(403);
    expect((await other.post(EXPERTS, expert('Wrong County', 'WC565656'))).statusCode).toBe(403);
    const foreignBase = await refusal(other, EXPERTS, {
      ...expert('Base Elsewhere', 'BE787878'),
      regionCode: OTHER_COUNTY,
      talentBaseId: base,
    });
    expect(foreignBase.details?.[0].field).toBe('talentBaseId');
    // The same passport may be registered by another county (the digest is checked within the county).
    await create(other, EXPERTS, { ...expert('Other Twin', 'CO121212'), regionCode: OTHER_COUNTY });
  });

  it('exports the filtered experts with passport and phone masked, and audits the export', async () => {
    await create(staff, EXPERTS, expert('Export Person', 'EX135790', { phone: '13700001111', country: 'GB' }));
    const res = await staff.get(`${EXPERTS}/export?keyword=Export`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('Export Person');
    expect(text).toContain('EX****90');
    expect(text).toContain('137****1111');
    expect(text).not.toContain('EX135790');
    expect(text).not.toContain('13700001111');
    expect(text).not.toContain('Anna Smit');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'foreign-expert.expert.export')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ rows: 1, filter: { keyword: 'Export' } });
  });
});

describe('外国专家 visits and 引智基地', () => {
  it('records a visit to enterprises of the register, with a timeline event for each, and lists it', async () => {
    const x = await create(staff, EXPERTS, expert('Visit Maker', 'VM102938'));
    const v = await create(
      staff,
      VISITS,
      visit([x.id], [aiweike, haisheng], { talentBaseId: base, results: '提出改进方案' }),
    );
    expect(v).toMatchObject({
      experts: [{ id: x.id, name: 'Visit Maker', countryLabel: '荷兰' }],
      talentBaseName: '爱味客马铃薯加工引智基地',
      results: '提出改进方案',
    });
    expect(v.enterprises.map((e: { id: number }) => e.id).sort()).toEqual([aiweike, haisheng].sort());
    const events = await t.db
      .selectFrom('enterprise_event')
      .select(['enterprise_id', 'module', 'title'])
      .where('ref_type', '=', 'foreign_expert_visit')
      .where('ref_id', '=', v.id)
      .execute();
    expect(events.map((e) => e.enterprise_id).sort()).toEqual([aiweike, haisheng].sort());
    expect(events[0]).toMatchObject({ module: 'foreign-expert', title: '外国专家来访指导：Visit Maker' });
    expect((await staff.get(`${EXPERTS}/${x.id}`)).json().visitCount).toBe(1);
    const byExpert = (await staff.get(`${VISITS}?expertId=${x.id}`)).json();
    expect(byExpert.data.map((r: { id: number }) => r.id)).toEqual([v.id]);
    expect((await staff.get(`${VISITS}?enterpriseId=${aiweike}&year=2021`)).json().total).toBe(1);
    expect((await staff.get(`${VISITS}/${v.id}`)).json()).toEqual(v);
    expect((await leader.get(`${VISITS}/${v.id}`)).statusCode).toBe(200);
    expect((await leader.post(VISITS, visit([x.id], [aiweike]))).statusCode).toBe(403);

    const ok = await staff.put(`${VISITS}/${v.id}`, { ...visit([x.id], [haisheng]), version: v.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().enterprises).toEqual([{ id: haisheng, name: '陇西海升果业有限公司' }]);
    expect((await staff.put(`${VISITS}/${v.id}`, { ...visit([x.id], [aiweike]), version: v.version })).statusCode).toBe(
      409,
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'foreign_expert_visit')
      .where('object_id', '=', String(v.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['foreign-expert.visit.create', 'foreign-expert.visit.update']);
  });

  it('refuses a visit whose dates, experts, enterprises or base are wrong, naming the field, writing nothing', async () => {
    const x = await create(staff, EXPERTS, expert('Refused Visit', 'RF192837'));
    const before = await t.db
      .selectFrom('foreign_expert_visit')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const dates = await refusal(
      staff,
      VISITS,
      visit([x.id], [aiweike], { startOn: '2021-05-02', endOn: '2021-05-01' }),
    );
    expect(dates.message).toContain('结束日期不能早于开始日期');
    const outside = await refusal(staff, VISITS, visit([x.id], [aiweike, otherEnterprise]));
    expect(outside.message).toContain(`服务企业：编号 ${otherEnterprise} 不是您管辖范围内的名录企业`);
    expect(outside.details?.[0].field).toBe('enterpriseIds');
    expect((await refusal(staff, VISITS, visit([x.id], []))).message).toContain('请选择服务企业');
    expect((await refusal(staff, VISITS, visit([999999], [aiweike]))).details?.[0].field).toBe('expertIds');
    const kind = await refusal(staff, VISITS, visit([x.id], [aiweike], { talentBaseId: incubator }));
    expect(kind.message).toContain('“陇西县科技企业孵化器”是');
    expect(kind.details?.[0].field).toBe('talentBaseId');
    const theirs = await create(other, EXPERTS, { ...expert('Their Expert', 'TE564738'), regionCode: OTHER_COUNTY });
    expect((await refusal(staff, VISITS, visit([theirs.id], [aiweike]))).message).toContain('来访专家');
    expect((await other.post(VISITS, visit([x.id], [aiweike]))).statusCode).toBe(403);
    const after = await t.db
      .selectFrom('foreign_expert_visit')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps a visit’s 现场照片: staff of the county upload, the leader reads only, another county neither', async () => {
    const x = await create(staff, EXPERTS, expert('Photo Taker', 'PT246810'));
    const v = await create(staff, VISITS, visit([x.id], [aiweike]));
    const url = `/api/v1/attachments/foreign-expert.visit/${v.id}`;
    const jpg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    const up = await staff.upload(`${url}?slot=photo`, '现场.jpg', jpg);
    expect(up.statusCode, up.body).toBe(200);
    const listed = await leader.get(url);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((f: { fileName: string }) => f.fileName)).toEqual(['现场.jpg']);
    expect((await leader.upload(`${url}?slot=photo`, '领导.jpg', jpg)).statusCode).toBe(403);
    expect((await other.get(url)).statusCode).toBe(403);
    expect((await other.upload(`${url}?slot=photo`, '越权.jpg', jpg)).statusCode).toBe(403);
    const pdf = await staff.upload(`${url}?slot=photo`, '材料.pdf', Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect(pdf.statusCode).toBe(400);
  });

  it('lists the region’s 引智基地 with their experts and visits; another county sees none of them', async () => {
    const res = await staff.get('/api/v1/foreign-expert/talent-bases');
    expect(res.statusCode, res.body).toBe(200);
    const bases = res.json().data as { name: string; experts: { name: string }[]; visits: unknown[] }[];
    expect(bases.map((b) => b.name)).toEqual(['海升果业引智引才基地', '爱味客马铃薯加工引智基地']);
    const aiweikeBase = bases.find((b) => b.name === '爱味客马铃薯加工引智基地')!;
    expect(aiweikeBase.experts.map((x) => x.name)).toEqual(expect.arrayContaining(['Jan de Vries', 'Pieter Bakker']));
    expect(aiweikeBase.visits.length).toBeGreaterThanOrEqual(2);
    expect((await other.get('/api/v1/foreign-expert/talent-bases')).json().data).toEqual([]);
    expect((await (await t.as('qiye')).get('/api/v1/foreign-expert/talent-bases')).statusCode).toBe(403);
  });

  it('states the 2022 H1 figures (experts by country, visits, enterprises, 引智基地) with their ids, none elsewhere', async () => {
    const facts = await factsOf(staff, '2022H1');
    const [all] = factsWhere(facts, 'foreign-expert.experts').filter((f) => !f.dimensions.country);
    expect(all).toMatchObject({ value: '3', unit: '名' });
    expect([...all.recordNames!].sort()).toEqual(['James Wilson', 'Jan de Vries', 'Pieter Bakker']);
    expect(all.link).toBe(`/foreign-expert/experts?ids=${all.recordIds.join(',')}`);
    expect(factsWhere(facts, 'foreign-expert.experts', { country: 'NL' })[0]).toMatchObject({ value: '2' });
    expect(factsWhere(facts, 'foreign-expert.experts', { country: 'GB' })[0]).toMatchObject({ value: '1' });
    expect(factsWhere(facts, 'foreign-expert.visits')[0].value).toBe('3');
    const [served] = factsWhere(facts, 'foreign-expert.enterprises-served');
    expect([...served.recordIds].sort()).toEqual([aiweike, haisheng].sort());
    const [bases] = factsWhere(facts, 'foreign-expert.talent-bases');
    expect(bases).toMatchObject({ value: '2', unit: '个' });
    expect(factsWhere(await factsOf(staff, '2021H2'), 'foreign-expert.talent-bases')).toEqual([]);
    const theirs = await factsOf(other, '2022H1');
    expect(theirs.filter((f) => f.module === 'foreign-expert')).toEqual([]);
    const listed = (await staff.get(`${EXPERTS}?ids=${all.recordIds.join(',')}`)).json();
    expect(listed.total).toBe(3);
  });
});
