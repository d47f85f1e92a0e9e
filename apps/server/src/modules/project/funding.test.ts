import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { createCall, enterpriseId, insertApplication } from './project.test-support';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

describe('the demo data reproduces the 2022 H1 report, 一.1 (docs/rules.md §0.2)', () => {
  it('has 2 + 2 + 2 applications submitted and 2,000,000.00 元 of provincial grants traced to records', async () => {
    const facts = await factsOf(staff, '2022H1');
    const count = (category: string) =>
      factsWhere(facts, 'project.applications', { category }).reduce((n, f) => n + Number(f.value), 0);
    expect([count('central_guide'), count('provincial_major'), count('provincial_popsci_base')]).toEqual([2, 2, 2]);
    const central = (await staff.get('/api/v1/applications?category=central_guide&year=2022')).json();
    expect(central.data.map((a: { enterpriseName: string }) => a.enterpriseName).sort()).toEqual([
      '甘肃众智众创科技发展有限公司',
      '甘肃青龙管业有限责任公司',
    ]);
    const popsci = (await staff.get('/api/v1/applications?category=provincial_popsci_base')).json();
    expect(
      popsci.data.map((a: { unitKind: string; enterpriseName: string }) => [a.unitKind, a.enterpriseName]).sort(),
    ).toEqual([
      ['school', '陇西县思源中学'],
      ['school', '陇西县第二中学'],
    ]);
    const summary = (await staff.get('/api/v1/funding/summary?from=2022-01-01&to=2022-06-30')).json();
    const provincial = summary.bySource.find((s: { sourceLevel: string }) => s.sourceLevel === 'provincial');
    expect(provincial.grant.amount).toBe('2000000.00');
    const behind = (
      await staff.get(`/api/v1/funding?kind=grant&sourceLevel=provincial&from=2022-01-01&to=2022-06-30`)
    ).json();
    expect(behind.data.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)).toEqual(
      provincial.grant.recordIds,
    );
    expect(behind.data.every((r: { categoryLabel: string }) => r.categoryLabel === '省支持科技创新若干措施')).toBe(
      true,
    );
    expect(behind.kindTotals).toEqual([
      expect.objectContaining({
        kind: 'grant',
        amount: '2000000.00',
        bySource: [expect.objectContaining({ sourceLevel: 'provincial', amount: '2000000.00' })],
      }),
    ]);
  });

  it('has something in every state, a confirmed ranking and a pending review for the demo expert', async () => {
    const states = await t.db.selectFrom('project_application').select('state').distinct().execute();
    expect(states.map((s) => s.state).sort()).toEqual([
      'accepted',
      'county_review',
      'draft',
      'in_progress',
      'midterm',
      'recommended',
      'rejected',
      'submitted',
      'terminated',
    ]);
    const expert = await t.as('expert');
    expect((await expert.get('/api/v1/reviews?status=assigned')).json().total).toBe(2);
    const calls = (await staff.get('/api/v1/calls?pageSize=50')).json();
    expect(calls.data.some((c: { rankingConfirmedAt: string | null }) => c.rankingConfirmedAt)).toBe(true);
    expect(calls.data.some((c: { phase: string }) => c.phase === 'open')).toBe(true);
  });
});

describe('the ledger', () => {
  const TITLE = '资金台账测试项目';
  let project: { id: number; version: number };
  beforeAll(async () => {
    const call = await createCall(staff);
    project = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '金麓银峰'),
      state: 'in_progress',
      title: TITLE,
    });
  });
  const add = (body: Record<string, unknown>) => staff.post('/api/v1/funding', { applicationId: project.id, ...body });

  it('sums exactly to the cent in SQL (0.10 + 0.20 + 1234567.89 = 1234568.19)', async () => {
    for (const amount of ['0.10', '0.20', '1234567.89']) {
      expect(
        (
          await add({
            kind: 'grant',
            sourceLevel: 'county',
            amount,
            occurredOn: '2030-01-15',
            documentNo: '陇科发〔2030〕1号',
          })
        ).statusCode,
      ).toBe(200);
    }
    const list = (await staff.get(`/api/v1/funding?applicationId=${project.id}`)).json();
    expect(list.kindTotals).toMatchObject([{ kind: 'grant', amount: '1234568.19', count: 3 }]);
    const summary = (await staff.get('/api/v1/funding/summary?from=2030-01-01&to=2030-12-31')).json();
    expect(summary.bySource.find((s: { sourceLevel: string }) => s.sourceLevel === 'county').grant).toMatchObject({
      amount: '1234568.19',
      count: 3,
    });
    expect(summary.granted.amount).toBe('1234568.19');
  });

  it('keeps disbursements (with voucher) and matching funds apart, per project', async () => {
    expect(
      (await add({ kind: 'disbursement', sourceLevel: 'county', amount: '1000.01', occurredOn: '2030-02-01' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await add({
          kind: 'disbursement',
          sourceLevel: 'county',
          amount: '1000.01',
          occurredOn: '2030-02-01',
          voucherNo: 'LXKJ-2030-0001',
        })
      ).statusCode,
    ).toBe(200);
    const matching = await add({ kind: 'matching', amount: '500000', occurredOn: '2030-02-02' });
    expect(matching.statusCode).toBe(200);
    expect((await add({ kind: 'grant', amount: '1', occurredOn: '2030-02-02' })).statusCode).toBe(400);
    expect(
      (await add({ kind: 'grant', sourceLevel: 'county', amount: '0', occurredOn: '2030-02-02' })).statusCode,
    ).toBe(400);
    const per = (await staff.get(`/api/v1/applications/${project.id}/funding`)).json();
    expect(per.totals).toEqual({
      grant: '1234568.19',
      allocation: '0.00',
      disbursement: '1000.01',
      matching: '500000.00',
    });
    const events = await t.db
      .selectFrom('enterprise_event')
      .select('title')
      .where('module', '=', 'project')
      .where('kind', '=', 'funding-matching')
      .where('ref_id', '=', matching.json().id)
      .execute();
    expect(events.map((e) => e.title)).toEqual([`企业自筹配套 50.00 万元：${TITLE}`]);
    const summary = (await staff.get('/api/v1/funding/summary?from=2030-01-01&to=2030-12-31')).json();
    expect(summary.matching.amount).toBe('500000.00');
    expect(summary.disbursed.amount).toBe('1000.01');
  });

  it('refuses money for a project not yet approved, and a stale correction', async () => {
    const call = await createCall(staff);
    const draft = await insertApplication(t, {
      callId: call.id,
      enterpriseId: await enterpriseId(t, '金麓银峰'),
      state: 'recommended',
    });
    const res = await staff.post('/api/v1/funding', {
      applicationId: draft.id,
      kind: 'grant',
      sourceLevel: 'county',
      amount: '10',
      occurredOn: '2030-01-01',
    });
    expect(res.statusCode).toBe(409);
    const rec = (await staff.get(`/api/v1/funding?applicationId=${project.id}&kind=matching`)).json().data[0];
    expect(
      (await staff.put(`/api/v1/funding/${rec.id}`, { version: rec.version, amount: '600000.00' })).statusCode,
    ).toBe(200);
    expect((await staff.put(`/api/v1/funding/${rec.id}`, { version: rec.version, amount: '1.00' })).statusCode).toBe(
      409,
    );
  });

  it('exports the filtered ledger to Excel titled with the exact total of each kind, never one sum across kinds', async () => {
    const res = await staff.get(`/api/v1/funding/export?applicationId=${project.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getRow(1).getCell(1).value)).toBe(
      '资金台账\u3000下达资金 1,234,568.19 元（县级）；资金拨付 1,000.01 元（县级）；企业自筹配套 600,000.00 元',
    );
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('资金台账.xlsx'));
    expect((await (await t.as('qiye')).get('/api/v1/funding/export')).statusCode).toBe(403);
  });

  it('writes every export of the ledger (amounts and voucher numbers) to the audit trail', async () => {
    const before = new Date();
    expect((await staff.get(`/api/v1/funding/export?applicationId=${project.id}`)).statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'details'])
      .where('action', '=', 'funding.export')
      .where('at', '>=', before)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_name: 'staff',
      details: {
        file: '资金台账.xlsx',
        totals: [
          { kind: 'grant', amount: '1234568.19' },
          { kind: 'disbursement', amount: '1000.01' },
          { kind: 'matching', amount: '600000.00' },
        ],
        filter: { applicationId: project.id },
      },
    });
  });
});

describe('reserve, deadlines and 公示', () => {
  it('promotes a reserve entry into a draft application of an open call', async () => {
    const call = await createCall(staff);
    const r = (
      await staff.post('/api/v1/reserve', {
        enterpriseId: await enterpriseId(t, '恒通新材'),
        title: '高性能改性塑料管材研发',
        category: 'county_plan',
        plannedYear: 2026,
        estimatedAmount: '300000',
        contact: '王经理 13812341234',
      })
    ).json();
    // The typed-in contact is shown in lists: its phone number masked, the rest as typed.
    expect(r.contact).toBe('王经理 138****1234');
    const stored = await t.db.selectFrom('project_reserve').select('contact').where('id', '=', r.id).executeTakeFirst();
    expect(stored?.contact).toBe('王经理 13812341234');
    const app = await staff.post(`/api/v1/reserve/${r.id}/promote`, { callId: call.id, version: r.version });
    expect(app.statusCode, app.body).toBe(200);
    expect(app.json()).toMatchObject({
      state: 'draft',
      reserveId: r.id,
      requestedAmount: '300000.00',
      title: '高性能改性塑料管材研发',
    });
    const after = (await staff.get('/api/v1/reserve?status=promoted')).json();
    expect(after.data.find((x: { id: number }) => x.id === r.id).applicationId).toBe(app.json().id);
    expect(
      (await staff.post(`/api/v1/reserve/${r.id}/promote`, { callId: call.id, version: r.version + 1 })).statusCode,
    ).toBe(409);
  });

  it('lists calls closing soon and reports due, and rings the bell once', async () => {
    const closing = await createCall(staff, {
      title: '三日后截止的测试批次',
      closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    expect(closing.id).toBeGreaterThan(0);
    const list = (await staff.get('/api/v1/project-deadlines?within=7')).json();
    expect(list.some((d: { title: string }) => d.title.includes('三日后截止的测试批次'))).toBe(true);
    const midterm = (await staff.get('/api/v1/project-deadlines?within=30&today=2022-06-10')).json();
    expect(
      midterm.some(
        (d: { kind: string; title: string }) => d.kind === 'midterm-due' && d.title.includes('中药材产地初加工'),
      ),
    ).toBe(true);
    await t.app.jobs.enqueue({
      type: 'project.deadline-reminders',
      title: '项目截止提醒',
      payload: {},
      createdBy: null,
    });
    await t.app.jobs.drain();
    const bell = (await staff.get('/api/v1/messages')).json();
    const digests = JSON.stringify(bell).match(/个项目即将截止\/待验收/g) ?? [];
    expect(digests).toHaveLength(1);
    expect(JSON.stringify(bell)).toContain('/project/deadlines?digest=');
    await t.app.jobs.enqueue({
      type: 'project.deadline-reminders',
      title: '项目截止提醒',
      payload: {},
      createdBy: null,
    });
    await t.app.jobs.drain();
    expect((await staff.get('/api/v1/messages')).json().unread).toBe(bell.unread);
  });

  it('sends one digest per user per day however many items fall due, and again the next day', async () => {
    await createCall(staff, {
      title: '五日后截止的测试批次',
      closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });
    await createCall(staff, {
      title: '六日后截止的测试批次',
      closesAt: new Date(Date.now() + 6 * 86_400_000).toISOString(),
    });
    const digestsOf = async (day: string) =>
      t.db
        .selectFrom('message')
        .select(['user_id', 'title'])
        .where('link', '=', `/project/deadlines?digest=${day}`)
        .execute();
    const run = (today: string) =>
      t.app.jobs
        .enqueue({
          type: 'project.deadline-reminders',
          title: '项目截止提醒',
          payload: { today, within: 30 },
          createdBy: null,
        })
        .then(() => t.app.jobs.drain());
    await run('2022-06-10');
    const first = await digestsOf('2022-06-10');
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map((m) => m.user_id)).size).toBe(first.length);
    expect(first[0]!.title).toMatch(/^\d+ 个项目即将截止\/待验收$/);
    await run('2022-06-10');
    expect(await digestsOf('2022-06-10')).toHaveLength(first.length);
    await run('2022-06-11');
    expect((await digestsOf('2022-06-11')).length).toBe(first.length);
  });

  it('drafts a 公示 of the recommended list that the notice page publishes', async () => {
    const call = (await staff.get('/api/v1/calls?category=central_guide')).json().data[0];
    const res = await staff.post(`/api/v1/calls/${call.id}/notice`, {
      basis: '根据申报指南，经县级审核与专家评审，拟推荐以下项目，现予公示。',
      startDate: '2022-04-21',
    });
    expect(res.statusCode, res.body).toBe(200);
    // 5 working days from Thu 21 April 2022: 21, 22, Sun 24 (调休上班), 25, 26.
    expect(res.json()).toMatchObject({ items: 2, endDate: '2022-04-26' });
    const notice = (await staff.get('/api/v1/notices'))
      .json()
      .find((n: { id: number }) => n.id === res.json().noticeId);
    expect(notice.items.map((i: { enterpriseName: string }) => i.enterpriseName).sort()).toEqual([
      '甘肃众智众创科技发展有限公司',
      '甘肃青龙管业有限责任公司',
    ]);
    expect((await staff.post(`/api/v1/notices/${notice.id}/publish`, { version: notice.version })).statusCode).toBe(
      200,
    );
    expect((await t.client().get(`/api/v1/public/notices/${notice.id}`)).statusCode).toBe(200);
  });
});
