import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const idOf = async (name: string) =>
  await t.db
    .selectFrom('enterprise')
    .select(['id', 'version'])
    .where('name', 'like', `%${name}%`)
    .executeTakeFirstOrThrow();

describe('the register reproduces the 2022 H1 report', () => {
  it('has 22 科技型中小企业 入库 in 2022 H1, and 5 provincial applicants with 3 in 公示', async () => {
    const summary = (await staff.get('/api/v1/qualifications/summary?from=2022-01-01&to=2022-06-30')).json() as {
      tier: string;
      stage: string;
      count: number;
    }[];
    const count = (tier: string, stage?: string) =>
      summary.filter((r) => r.tier === tier && (!stage || r.stage === stage)).reduce((s, r) => s + r.count, 0);
    expect(count('tech_sme', 'certified')).toBe(22);
    expect(count('provincial_innovative')).toBe(5);
    expect(count('provincial_innovative', 'publicizing')).toBe(3);
    expect(count('high_tech', 'applying')).toBeGreaterThanOrEqual(1);
    const list = (await staff.get('/api/v1/qualifications?tier=provincial_innovative&year=2022')).json();
    expect(list.data.map((q: { enterpriseName: string }) => q.enterpriseName)).toEqual(
      expect.arrayContaining(['陇西华硒生物科技有限公司', '陇西菜源商贸有限公司']),
    );
  });

  it('keeps 维尔沃、锦拓生物、通试试剂、仓宇包装 in the cultivation stage', async () => {
    const res = (await staff.get('/api/v1/enterprises?stage=cultivating&pageSize=50')).json();
    const names = res.data.map((e: { name: string }) => e.name).join(' ');
    for (const n of ['维尔沃', '锦拓生物', '通试试剂', '仓宇包装']) expect(names).toContain(n);
  });
});

describe('list filters', () => {
  it('finds 青龙管业 by pinyin initials "qlgy"', async () => {
    const res = (await staff.get('/api/v1/enterprises?keyword=qlgy')).json();
    expect(res.total).toBe(1);
    expect(res.data[0].name).toBe('甘肃青龙管业有限责任公司');
    expect(res.data[0].contactPhone).toMatch(/^139\*{4}\d{4}$/);
  });

  it('filters by township, industry, tier and tag on the server', async () => {
    const town = (await staff.get('/api/v1/enterprises?regionCode=621122106000&pageSize=100')).json();
    expect(town.data.every((e: { townshipName: string }) => e.townshipName === '云田镇')).toBe(true);
    expect(town.total).toBeGreaterThan(0);
    const c27 = (await staff.get('/api/v1/enterprises?industryCode=27&pageSize=100')).json();
    expect(c27.data.every((e: { industryCode: string }) => e.industryCode.startsWith('27'))).toBe(true);
    const potato = (await staff.get('/api/v1/enterprises?tag=马铃薯&pageSize=100')).json();
    expect(potato.total).toBe(4);
    const ht = (await staff.get('/api/v1/enterprises?tier=high_tech&pageSize=100')).json();
    expect(ht.data.map((e: { name: string }) => e.name).sort()).toEqual([
      '甘肃青龙管业有限责任公司',
      '甘肃首阳山中药科技有限公司',
    ]);
  });

  it('refuses an industry filter that is not a digit-code prefix, in Chinese', async () => {
    for (const bad of ['C27', '27%', '27301']) {
      const res = await staff.get(`/api/v1/enterprises?industryCode=${encodeURIComponent(bad)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('行业须为 GB/T 4754 数字代码或其前几位');
    }
  });

  it('lists exactly the enterprises a report fact links to (?ids=), within the user’s scope', async () => {
    const all = (await staff.get('/api/v1/enterprises?sort=name&order=ascend&pageSize=3')).json();
    const ids = all.data.map((e: { id: number }) => e.id);
    const other = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('region_code', 'not like', '621122%')
      .executeTakeFirst();
    const res = (await staff.get(`/api/v1/enterprises?ids=${[...ids, ...(other ? [other.id] : [])].join(',')}`)).json();
    expect(res.data.map((e: { id: number }) => e.id).sort()).toEqual([...ids].sort());
    const bad = await staff.get('/api/v1/enterprises?ids=1,x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('记录编号须为逗号分隔的数字');
  });

  it('pages and sorts', async () => {
    const p1 = (await staff.get('/api/v1/enterprises?pageSize=5&current=1&sort=name&order=ascend')).json();
    const p2 = (await staff.get('/api/v1/enterprises?pageSize=5&current=2&sort=name&order=ascend')).json();
    expect(p1.data).toHaveLength(5);
    const inRegister = await t.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('region_code', '=', '621122')
      .executeTakeFirstOrThrow();
    expect(p1.total).toBe(Number(inRegister.n));
    expect(p1.data.map((e: { id: number }) => e.id)).not.toEqual(
      expect.arrayContaining(p2.data.map((e: { id: number }) => e.id)),
    );
  });
});

describe('enterprise users see their own enterprise only', () => {
  it('lists only its own record, and gets 403 for another by id', async () => {
    const qiye = await t.as('qiye');
    const mine = (await qiye.get('/api/v1/enterprises?pageSize=100')).json();
    expect(mine.total).toBe(1);
    expect(mine.data[0].name).toBe('甘肃青龙管业有限责任公司');
    const filtered = (await qiye.get('/api/v1/enterprises?keyword=华硒')).json();
    expect(filtered.total).toBe(0);
    const other = await idOf('华硒');
    const res = await qiye.get(`/api/v1/enterprises/${other.id}`);
    expect(res.statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/enterprises/${other.id}/timeline`)).statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/qualifications?enterpriseId=${other.id}`)).json().total).toBe(0);
    expect(
      (await qiye.put(`/api/v1/enterprises/${other.id}`, { version: other.version, name: '改名' })).statusCode,
    ).toBe(403);
  });

  it('refuses the commissioner and expert, who have no register rights', async () => {
    for (const who of ['tpy', 'expert']) {
      expect((await (await t.as(who)).get('/api/v1/enterprises')).statusCode).toBe(403);
    }
  });
});

describe('create and edit', () => {
  const base = {
    name: '陇西测试科技有限公司',
    regionCode: '621122',
    townshipCode: '621122100000',
    industryCode: 'C2730',
    tags: [],
  };

  it('normalises the credit code (full-width, spaces, lower case) and stores it', async () => {
    const res = await staff.post('/api/v1/enterprises', { ...base, creditCode: ' ９１６２１１２２ma71abcd8r ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().creditCode).toBe('91621122MA71ABCD8R');
    expect(res.json().industryCode).toBe('2730');
  });

  it('refuses a duplicate credit code with 409 naming the holder', async () => {
    const res = await staff.post('/api/v1/enterprises', { ...base, name: '另一家', creditCode: '91621122MA71ABCD8R' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('已登记为“陇西测试科技有限公司”');
  });

  it('refuses a wrong check character unless a reason is given, then keeps the warning', async () => {
    const refused = await staff.post('/api/v1/enterprises', {
      ...base,
      name: '校验例外公司',
      creditCode: '91350203M0001QAY9B',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('第 18 位应为“9”');
    expect(refused.json().error.message).toContain('校验例外原因');
    const ok = await staff.post('/api/v1/enterprises', {
      ...base,
      name: '校验例外公司',
      creditCode: '91350203M0001QAY9B',
      creditCodeOverride: '营业执照原件核对无误（早期试点代码）',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().creditCodeWarning).toContain('校验码错误');
  });

  it('refuses a code of the wrong length or with illegal letters outright', async () => {
    const short = await staff.post('/api/v1/enterprises', {
      ...base,
      creditCode: '9162112',
      creditCodeOverride: '任意',
    });
    expect(short.json().error.message).toContain('应为 18 位');
    const illegal = await staff.post('/api/v1/enterprises', {
      ...base,
      creditCode: '91621122MA71ABCDOS',
      creditCodeOverride: '任意',
    });
    expect(illegal.json().error.message).toContain('不允许的字符');
  });

  it('refuses a township outside the county and an unknown industry', async () => {
    const town = await staff.post('/api/v1/enterprises', {
      ...base,
      creditCode: '12621100438000128G',
      townshipCode: '621102100000',
    });
    expect(town.statusCode).toBe(400);
    const ind = await staff.post('/api/v1/enterprises', {
      ...base,
      creditCode: '12621100438000128G',
      industryCode: '9999',
    });
    expect(ind.json().error.message).toContain('不在 GB/T 4754-2017 中');
  });

  it('refuses an enterprise in another county (403)', async () => {
    const res = await staff.post('/api/v1/enterprises', {
      ...base,
      creditCode: '12621100438000128G',
      regionCode: '621102',
      townshipCode: null,
    });
    expect(res.statusCode).toBe(403);
  });

  it('edits with optimistic locking and writes the timeline', async () => {
    const e = await idOf('青龙管业');
    const ok = await staff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      address: '甘肃省定西市陇西县文峰镇工业园区',
    });
    expect(ok.statusCode).toBe(200);
    const stale = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, address: '被覆盖' });
    expect(stale.statusCode).toBe(409);
    const timeline = (await staff.get(`/api/v1/enterprises/${e.id}/timeline`)).json();
    expect(timeline[0].title).toBe('修改企业信息');
    expect(timeline[0].detail).toContain('地址');
    expect(timeline.some((x: { title: string }) => x.title.includes('高新技术企业'))).toBe(true);
  });

  it('answers an edit with the same enterprise a fresh read shows (names, tiers, version)', async () => {
    const e = await idOf('青龙管业');
    const res = await staff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      address: '陇西县巩昌镇北关路 8 号',
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = (await staff.get(`/api/v1/enterprises/${e.id}`)).json();
    expect(res.json()).toEqual(read);
    expect(read.address).toBe('陇西县巩昌镇北关路 8 号');
    expect(read.version).toBe(e.version + 1);
    expect(read.regionName).toBeTruthy();
    expect(read.tiers.length).toBeGreaterThan(0);
  });

  it('answers an edit of a code with the new name, and checks a new township against the stored county', async () => {
    let e = await idOf('青龙管业');
    const moved = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, townshipCode: '621122101000' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().townshipName).toBe('文峰镇');
    expect(moved.json()).toEqual((await staff.get(`/api/v1/enterprises/${e.id}`)).json());
    e = await idOf('青龙管业');
    const foreign = await staff.put(`/api/v1/enterprises/${e.id}`, {
      version: e.version,
      townshipCode: '621102101000',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('所选乡镇不属于所属县区');
  });

  it('refuses editing an enterprise of another county, with a current or a stale version, and writes nothing', async () => {
    const other = await t.db
      .insertInto('enterprise')
      .values({
        region_code: '621102',
        name: '安定区编辑测试企业',
        name_initials: 'adq',
        name_pinyin: 'andingqu',
        credit_code: '91621102MA7TEST03X',
        created_by: null,
        updated_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const since = (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow()
    ).id;
    const current = await staff.put(`/api/v1/enterprises/${other.id}`, { version: other.version, address: '不该写入' });
    expect(current.statusCode).toBe(403);
    // A stale version must not tell an outsider the row exists and moved on (409): same refusal.
    const stale = await staff.put(`/api/v1/enterprises/${other.id}`, {
      version: other.version + 5,
      address: '不该写入',
    });
    expect(stale.statusCode).toBe(403);
    expect(
      await t.db.selectFrom('enterprise').selectAll().where('id', '=', other.id).executeTakeFirstOrThrow(),
    ).toEqual(other);
    expect(
      await t.db.selectFrom('enterprise_event').select('id').where('enterprise_id', '=', other.id).execute(),
    ).toEqual([]);
    // The two refusals are audited as such; no change is.
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['action', 'result'])
      .where('id', '>', since!)
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.result)).toEqual(['failure', 'failure']);
    expect((await staff.put('/api/v1/enterprises/999999999', { version: 1, address: 'x' })).statusCode).toBe(404);
  });

  it('writes the edit, its timeline row and its audit row together, the audit row linked into the county chain', async () => {
    const e = await idOf('青龙管业');
    const res = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, contactName: '李工' });
    expect(res.statusCode, res.body).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'enterprise.update')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ object_id: String(e.id), chain: '621122', region_code: '621122' });
    expect(audit.after).toMatchObject({ contact_name: '李工', version: e.version + 1 });
    const head = await t.db
      .selectFrom('audit_head')
      .selectAll()
      .where('chain', '=', '621122')
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ last_id: audit.id, last_hash: audit.hash });
    const event = await t.db
      .selectFrom('enterprise_event')
      .selectAll()
      .where('enterprise_id', '=', e.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ title: '修改企业信息', detail: '变更字段：联系人' });
  });

  it('normalises an edited industry code (C2730 → 2730) before writing it, and refuses an unknown one', async () => {
    let e = await idOf('青龙管业');
    const res = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, industryCode: 'C2730' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ industryCode: '2730', industryName: expect.any(String) });
    expect(
      (await t.db.selectFrom('enterprise').select('industry_code').where('id', '=', e.id).executeTakeFirstOrThrow())
        .industry_code,
    ).toBe('2730');
    e = await idOf('青龙管业');
    const unknown = await staff.put(`/api/v1/enterprises/${e.id}`, { version: e.version, industryCode: '9999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('不在 GB/T 4754-2017 中');
  });

  it('shows the full phone only through the audited endpoint', async () => {
    const e = await idOf('青龙管业');
    const res = (await staff.get(`/api/v1/enterprises/${e.id}/contact-phone`)).json();
    expect(res.contactPhone).toMatch(/^139\d{8}$/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('enterprise.view-phone');
  });
});

describe('qualification stages', () => {
  it('moves 培育 → 申报 → 推荐, then 公示 through a published notice, then 认定 with 高企 validity of 3 years', async () => {
    const e = await idOf('维尔沃');
    const created = (
      await staff.post('/api/v1/qualifications', { enterpriseId: e.id, tier: 'high_tech', year: 2023 })
    ).json();
    let q = created;
    const move = async (stage: string, on: string) => {
      const res = await staff.post(`/api/v1/qualifications/${q.id}/stage`, {
        version: q.version,
        stage,
        on,
        certificateNo: stage === 'certified' ? 'GR202362001234' : undefined,
      });
      expect(res.statusCode, res.body).toBe(200);
      q = res.json();
    };
    await move('applying', '2023-05-10');
    await move('recommended', '2023-07-01');
    const n = (
      await staff.post('/api/v1/notices', {
        title: '关于2023年拟认定高新技术企业的公示',
        basis: '拟认定以下企业，现予公示。',
        startDate: '2023-11-01',
        qualificationIds: [q.id],
      })
    ).json();
    expect((await staff.post(`/api/v1/notices/${n.id}/publish`, { version: n.version })).statusCode).toBe(200);
    q = (await staff.get(`/api/v1/qualifications?enterpriseId=${e.id}&stage=publicizing`)).json().data[0];
    expect(q.stage).toBe('publicizing');
    await move('certified', '2023-12-12');
    expect(q.validUntil).toBe('2026-12-11');
    expect(q.certificateNo).toBe('GR202362001234');
  });

  it('refuses a skipped stage and a rejection without a reason', async () => {
    const e = await idOf('锦拓生物');
    const q = (
      await staff.post('/api/v1/qualifications', { enterpriseId: e.id, tier: 'provincial_innovative', year: 2023 })
    ).json();
    const skip = await staff.post(`/api/v1/qualifications/${q.id}/stage`, {
      version: q.version,
      stage: 'certified',
      on: '2023-06-01',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe('资质阶段不能从“培育”变为“认定”');
    const applying = (
      await staff.post(`/api/v1/qualifications/${q.id}/stage`, {
        version: q.version,
        stage: 'applying',
        on: '2023-04-01',
      })
    ).json();
    const noReason = await staff.post(`/api/v1/qualifications/${q.id}/stage`, {
      version: applying.version,
      stage: 'rejected',
      on: '2023-06-01',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toBe('未通过须填写原因');
  });
});
