import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const idOf = async (name: string) =>
  (await t.db.selectFrom('enterprise').select(['id']).where('name', 'like', `%${name}%`).executeTakeFirstOrThrow()).id;

describe('cultivation pool', () => {
  it('runs the 高企 engine over the register and says what each enterprise lacks', async () => {
    const staff = await t.as('staff');
    const res = (await staff.get('/api/v1/cultivation-pool?target=high_tech&asOf=2022-06-30')).json();
    expect(res.data.length).toBeGreaterThan(20);
    expect(res.data.map((d: { name: string }) => d.name)).not.toContain('甘肃首阳山中药科技有限公司'); // holds a valid 高企 certificate
    for (const d of res.data) {
      if (!d.candidate) expect(d.lacking.length).toBeGreaterThan(0);
      expect(d.candidate).toBe(d.standing === 'candidate');
      // The register cannot score the innovation evaluation, so the pool never calls it 难以通过.
      expect(d.summary).not.toContain('难以通过');
      expect(d.lacking.join()).not.toContain('难以通过');
    }
    // 青龙管业 is applying this year (seed report §一.2) and meets every condition on its register figures.
    const qinglong = res.data.find((d: { name: string }) => d.name === '甘肃青龙管业有限责任公司');
    expect(qinglong).toMatchObject({ standing: 'candidate', lacking: [] });
    expect(qinglong.summary).toContain('请做高企自评测算');
    const candidates = (
      await staff.get('/api/v1/cultivation-pool?target=high_tech&asOf=2022-06-30&onlyCandidates=true')
    ).json();
    expect(candidates.data.every((d: { candidate: boolean }) => d.candidate)).toBe(true);
  });

  it('says 数据不足, not that the enterprise fails, when the register lacks a figure the engine needs', async () => {
    const staff = await t.as('staff');
    const hengtong = await idOf('恒通新材料');
    const before = (await staff.get('/api/v1/cultivation-pool?target=high_tech&asOf=2022-06-30')).json();
    expect(before.data.find((d: { enterpriseId: number }) => d.enterpriseId === hengtong).standing).toBe('candidate');
    await t.db
      .updateTable('enterprise_yearly')
      .set({ rd_expense: null })
      .where('enterprise_id', '=', hengtong)
      .where('year', '=', 2020)
      .execute();
    await t.db.deleteFrom('enterprise_yearly').where('enterprise_id', '=', hengtong).where('year', '=', 2019).execute();
    await t.db
      .updateTable('enterprise_yearly')
      .set({ tech_staff: null })
      .where('enterprise_id', '=', hengtong)
      .where('year', '=', 2021)
      .execute();
    const res = (await staff.get('/api/v1/cultivation-pool?target=high_tech&asOf=2022-06-30')).json();
    const entry = res.data.find((d: { enterpriseId: number }) => d.enterpriseId === hengtong);
    expect(entry).toMatchObject({
      standing: 'insufficient',
      candidate: false,
      lacking: ['缺少 2019 年度数据', '2020 年缺少研发费用', '2021 年缺少科技人员数'],
    });
    expect(entry.summary).toMatch(/^数据不足，无法判断/);
    // Insufficient entries come after the candidates and those with a gap.
    expect(res.data.at(-1).standing).toBe('insufficient');

    // The 科小 table needs the latest year's assets among others.
    const sme = (await staff.get('/api/v1/cultivation-pool?target=tech_sme&asOf=2022-06-30')).json();
    const first = sme.data[0];
    await t.db
      .updateTable('enterprise_yearly')
      .set({ total_assets: null })
      .where('enterprise_id', '=', first.enterpriseId)
      .where('year', '=', first.year)
      .execute();
    const after = (await staff.get('/api/v1/cultivation-pool?target=tech_sme&asOf=2022-06-30')).json();
    expect(after.data.find((d: { enterpriseId: number }) => d.enterpriseId === first.enterpriseId)).toMatchObject({
      standing: 'insufficient',
      lacking: [`${first.year} 年缺少资产总额`],
    });
  });

  it('scores the 科小 table for the whole register', async () => {
    const staff = await t.as('staff');
    const res = (await staff.get('/api/v1/cultivation-pool?target=tech_sme&asOf=2022-06-30')).json();
    for (const d of res.data) {
      if (d.standing === 'insufficient') expect(d.score).toBeNull();
      else expect(d.score).toBeGreaterThanOrEqual(0);
    }
  });

  it('is not available to enterprise users', async () => {
    expect((await (await t.as('qiye')).get('/api/v1/cultivation-pool')).statusCode).toBe(403);
  });
});

describe('self-assessment', () => {
  it('lets an enterprise user prefill from its own figures and run the 高企 self-assessment', async () => {
    const qiye = await t.as('qiye');
    const own = await idOf('青龙管业');
    const prefill = (await qiye.get(`/api/v1/enterprises/${own}/assessment-prefill`)).json();
    expect(prefill.year).toBe(2021);
    const res = await qiye.post('/api/v1/assessments/high-tech', prefill.highTech);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().conditions).toHaveLength(8);
    expect(res.json().innovation.passScore).toBe(71);
    const other = await idOf('华硒');
    expect((await qiye.get(`/api/v1/enterprises/${other}/assessment-prefill`)).statusCode).toBe(403);
  });

  it('explains the 科小 score and refuses bad input naming the field', async () => {
    const staff = await t.as('staff');
    const prefill = (await staff.get(`/api/v1/enterprises/${await idOf('华硒')}/assessment-prefill`)).json();
    const ok = (await staff.post('/api/v1/assessments/tech-sme', prefill.techSme)).json();
    expect(['revenue', 'cost']).toContain(ok.scores.rd.chosen);
    expect(ok.verdict.summary.length).toBeGreaterThan(0);
    const bad = await staff.post('/api/v1/assessments/tech-sme', {
      ...prefill.techSme,
      techStaff: prefill.techSme.staffTotal + 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('科技人员数不能超过职工总数');
  });

  it('computes the 2022 加计扣除 for a 科小 at 100% and the tax saving', async () => {
    const staff = await t.as('staff');
    const res = (
      await staff.post('/api/v1/assessments/rd-deduction', {
        ratio: { year: 2022, enterpriseType: 'tech-sme', industryCode: '2730' },
        estimate: { expensedRd: '1000000', taxRate: 'general' },
      })
    ).json();
    expect(res.ratio.expensedPercent).toBe(100);
    expect(res.estimate.expensedDeduction).toBe('1000000.00');
  });
});

/** Runs the daily reminder job for `today` and waits for it. */
async function remindOn(today: string): Promise<number> {
  const jobId = await t.app.jobs.enqueue({
    type: 'enterprise.deadline-reminders',
    title: '到期事项提醒',
    payload: { today },
    createdBy: null,
  });
  await t.app.jobs.drain();
  return jobId;
}

describe('deadlines', () => {
  it('lists the 高企 annual report and the 科小 update in scope, and reminds staff in the bell', async () => {
    const staff = await t.as('staff');
    const list = (await staff.get('/api/v1/deadlines?today=2022-05-10&within=200')).json();
    const report = list.find((d: { kind: string; enterpriseName: string }) => d.kind === 'annual-report');
    expect(report.enterpriseName).toBe('甘肃首阳山中药科技有限公司');
    expect(report.due).toBe('2022-05-31');
    expect(report.daysLeft).toBe(21);
    expect(list.some((d: { kind: string }) => d.kind === 'annual-update')).toBe(true);
    const jobId = await remindOn('2022-05-10');
    const job = await t.db.selectFrom('job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe('succeeded');
    const bell = (await staff.get('/api/v1/messages')).json();
    expect(bell.unread).toBeGreaterThan(0);
    expect(bell.data.some((m: { title: string }) => m.title.includes('高企年度发展情况报表'))).toBe(true);
    // Running it again the same day adds nothing.
    await remindOn('2022-05-10');
    expect((await staff.get('/api/v1/messages')).json().unread).toBe(bell.unread);
  });

  it('reminds a city account of the deadlines of its counties (its scope is the city prefix, not its code)', async () => {
    const city = await t.db
      .insertInto('app_user')
      .values({
        username: 'dingxi_staff',
        display_name: '定西市科员',
        password_hash: 'x',
        region_code: '621100',
        must_change_password: false,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('user_role').values({ user_id: city.id, role_code: 'staff' }).execute();
    await remindOn('2022-05-10');
    const titles = (await t.db.selectFrom('message').select('title').where('user_id', '=', city.id).execute()).map(
      (m) => m.title,
    );
    expect(titles.some((title) => title.includes('甘肃首阳山中药科技有限公司'))).toBe(true);
  });
});

describe('公示', () => {
  const recommended = async () =>
    (await (await t.as('staff')).get('/api/v1/qualifications?tier=provincial_innovative&stage=recommended')).json()
      .data as { id: number; enterpriseName: string; version: number }[];

  it("shows the demo's three records at 公示 in the published notice they belong to", async () => {
    const atNotice = await t.db
      .selectFrom('qualification as q')
      .leftJoin('public_notice as n', 'n.id', 'q.notice_id')
      .select(['q.id', 'n.status', 'n.qualification_ids'])
      .where('q.stage', '=', 'publicizing')
      .execute();
    expect(atNotice).toHaveLength(3);
    for (const q of atNotice) {
      expect(q.status).toBe('published');
      expect(q.qualification_ids).toContain(q.id);
    }
    const pub = (await t.client().get('/api/v1/public/notices')).json();
    const notice = pub.find((n: { title: string }) => n.title.includes('省级科技创新型企业'));
    expect(notice.items.map((i: { enterpriseName: string }) => i.enterpriseName).sort()).toEqual(
      ['甘肃诚泰药业有限公司', '陇西华硒生物科技有限公司', '陇西菜源商贸有限公司'].sort(),
    );
  });

  it('reaches 公示 only by publishing a notice: by hand is refused, a record not at 推荐 cannot be listed', async () => {
    const staff = await t.as('staff');
    const [first] = await recommended();
    const byHand = await staff.post(`/api/v1/qualifications/${first.id}/stage`, {
      stage: 'publicizing',
      on: '2022-09-29',
      version: first.version,
    });
    expect(byHand.statusCode).toBe(409);
    expect(byHand.json().error.message).toContain('须列入公示并发布后才进入“公示”阶段');
    const atNotice = await t.db.selectFrom('qualification').select('id').where('stage', '=', 'publicizing').execute();
    const refused = await staff.post('/api/v1/notices', {
      title: '重复公示',
      basis: '拟推荐以下企业，现予公示。',
      startDate: '2022-09-29',
      qualificationIds: [first.id, atNotice[0].id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/只有“推荐”阶段的资质记录可以列入公示，以下记录不是：“.+”（公示）$/);
  });

  it('creates a notice of the records at 推荐 with 5 working days over a holiday, and publishing moves them to 公示', async () => {
    const staff = await t.as('staff');
    const listed = await recommended();
    expect(listed).toHaveLength(2);
    const created = await staff.post('/api/v1/notices', {
      title: '关于2022年度省级科技创新型企业拟推荐名单（第二批）的公示',
      basis: '经企业申报、县级审核、专家评审，拟推荐以下企业，现予公示。',
      startDate: '2022-09-29',
      contact: '县科技局 综合股',
      supervisionPhone: '0932-0000000',
      qualificationIds: listed.map((q) => q.id),
    });
    expect(created.statusCode, created.body).toBe(200);
    const n = created.json();
    // 9-29, 9-30, then the National Day holiday 10-01..07; 10-08 and 10-09 (weekend) are make-up working days, 10-10 is the 5th.
    expect(n.workingDays).toBe(5);
    expect(n.endDate).toBe('2022-10-10');
    expect(n.items).toHaveLength(2);
    expect((await recommended()).length).toBe(2); // a draft moves nothing
    expect((await t.client().get(`/api/v1/public/notices/${n.id}`)).statusCode).toBe(404);
    expect((await staff.post(`/api/v1/notices/${n.id}/publish`, { version: n.version })).statusCode).toBe(200);
    const moved = await t.db
      .selectFrom('qualification')
      .select(['stage', 'notice_id'])
      .where(
        'id',
        'in',
        listed.map((q) => q.id),
      )
      .execute();
    expect(moved).toEqual([
      { stage: 'publicizing', notice_id: n.id },
      { stage: 'publicizing', notice_id: n.id },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'notice.publish')
      .where('object_id', '=', String(n.id))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      qualificationIds: listed.map((q) => q.id).sort((a, b) => a - b),
      stage: '推荐 → 公示',
    });
    const pub = await t.client().get(`/api/v1/public/notices/${n.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('甘肃众智众创科技发展有限公司');
    expect(pub.body).not.toMatch(/139\d{8}|139\*{4}/);
    expect(pub.body).not.toContain('联系人');
  });

  it('refuses to publish when a listed record left 推荐 meanwhile, moving nothing', async () => {
    const staff = await t.as('staff');
    const e = await idOf('陇西华硒生物科技');
    const insert = (tier: string) =>
      t.db
        .insertInto('qualification')
        .values({
          enterprise_id: e,
          region_code: '621122',
          tier,
          year: 2023,
          stage: 'recommended',
          created_by: null,
          updated_by: null,
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow();
    const [a, b] = [await insert('high_tech'), await insert('little_giant')];
    const n = (
      await staff.post('/api/v1/notices', {
        title: '关于2023年拟推荐名单的公示',
        basis: '拟推荐以下企业，现予公示。',
        startDate: '2023-03-01',
        qualificationIds: [a.id, b.id],
      })
    ).json();
    const back = await staff.post(`/api/v1/qualifications/${b.id}/stage`, {
      stage: 'applying',
      on: '2023-03-01',
      version: b.version,
    });
    expect(back.statusCode, back.body).toBe(200);
    const res = await staff.post(`/api/v1/notices/${n.id}/publish`, { version: n.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(
      '公示所列资质记录已不在“推荐”阶段：“陇西华硒生物科技有限公司”（现为申报）',
    );
    const rows = await t.db
      .selectFrom('qualification')
      .select(['id', 'stage'])
      .where('id', 'in', [a.id, b.id])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: a.id, stage: 'recommended' },
      { id: b.id, stage: 'applying' },
    ]);
    expect(
      (await t.db.selectFrom('public_notice').select('status').where('id', '=', n.id).executeTakeFirstOrThrow()).status,
    ).toBe('draft');
  });

  it('puts the publication on the timeline of the units it lists, found by credit code: a namesake elsewhere is not touched', async () => {
    const staff = await t.as('staff');
    const listed = await t.db
      .selectFrom('enterprise')
      .select(['id', 'name'])
      .where('name', '=', '陇西华硒生物科技有限公司')
      .executeTakeFirstOrThrow();
    const namesake = await t.db
      .insertInto('enterprise')
      .values({
        region_code: '621102',
        name: listed.name,
        name_initials: 'lxhxswkjyxgs',
        name_pinyin: 'longxihuaxi',
        credit_code: '91621102MA7TEST04X',
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const q = await t.db
      .insertInto('qualification')
      .values({
        enterprise_id: listed.id,
        region_code: '621122',
        tier: 'high_tech',
        year: 2024,
        stage: 'recommended',
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const n = (
      await staff.post('/api/v1/notices', {
        title: '关于华硒公司的公示',
        basis: '经企业申报、县级审核，拟推荐以下企业，现予公示。',
        startDate: '2022-11-01',
        qualificationIds: [q.id],
      })
    ).json();
    const published = await staff.post(`/api/v1/notices/${n.id}/publish`, { version: n.version });
    expect(published.statusCode, published.body).toBe(200);
    const events = (enterpriseId: number) =>
      t.db
        .selectFrom('enterprise_event')
        .select('title')
        .where('enterprise_id', '=', enterpriseId)
        .where('ref_type', '=', 'public_notice')
        .where('ref_id', '=', n.id)
        .execute();
    expect(await events(listed.id)).toEqual([{ title: '列入公示：关于华硒公司的公示' }]);
    expect(await events(namesake.id)).toEqual([]);
  });
});
