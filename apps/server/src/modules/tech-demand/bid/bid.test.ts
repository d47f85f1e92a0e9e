import { chinaToday } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';

const API = '/api/v1/tech-demand';
const COUNTY = '621122';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let otherQiye: TestClient;
let otherStaff: TestClient;
let qiyeEnterpriseId: number;
let otherEnterpriseId: number;

const today = chinaToday();
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  otherStaff = await t.addUser({ username: 'bid_other_staff', role: 'staff', region: '621102' });
  const u = await t.db
    .selectFrom('app_user')
    .select('enterprise_id')
    .where('username', '=', 'qiye')
    .executeTakeFirstOrThrow();
  qiyeEnterpriseId = u.enterprise_id!;
  const other = await t.db
    .selectFrom('enterprise')
    .select('id')
    .where('region_code', '=', COUNTY)
    .where('id', '!=', qiyeEnterpriseId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  otherEnterpriseId = other.id;
  otherQiye = await t.addUser({ username: 'bid_other_qiye', role: 'enterprise', enterpriseId: otherEnterpriseId });
});
afterAll(() => t?.close());

/** A demand of an enterprise, put straight into 已发榜 (the 论证 and ranking are the demand part's, tested there). */
async function publishedDemand(title: string, enterpriseId: number, bidDeadline = addDays(today, 30)) {
  const res = await staff.post(`${API}/demands`, {
    enterpriseId,
    title,
    field: '现代农业',
    problem: '马铃薯种薯带毒率高，退化严重，缺少稳定的脱毒种薯繁育技术',
    budget: '1500000.00',
    periodMonths: 24,
    contactName: '刘经理',
    contactPhone: '13800138000',
  });
  expect(res.statusCode, res.body).toBe(200);
  const id = res.json().id as number;
  await t.db
    .updateTable('tech_demand')
    .set({ state: 'published', published_on: addDays(today, -20), bid_deadline: bidDeadline })
    .where('id', '=', id)
    .execute();
  return id;
}

const application = (extra: Record<string, unknown> = {}) => ({
  institutionName: '定西马铃薯研究所测试单位',
  creditCode: '12621100MB1234567X',
  leader: { name: '王建军', title: '研究员', unit: '定西马铃薯研究所', role: '项目负责人', phone: '13909321186' },
  members: [{ name: '李晓梅', title: '副研究员', role: '组培快繁', phone: '13909320001' }],
  solution: '以茎尖脱毒结合组培快繁生产原原种，雾培法提高单株结薯数',
  budget: '1400000.00',
  periodMonths: 24,
  appliedOn: today,
  ...extra,
});

const overview = async (client: TestClient, id: number) => {
  const res = await client.get(`${API}/demands/${id}/bids`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const demandOf = async (id: number) => (await staff.get(`${API}/demands/${id}`)).json();
const countRows = async (table: 'tech_demand_bid' | 'tech_demand_contract' | 'tech_demand_milestone_report') =>
  Number((await t.db.selectFrom(table).select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const fieldsOf = (body: string) =>
  ((JSON.parse(body).error?.details ?? []) as { field: string }[]).map((d) => d.field.replace(/^.* · /, ''));

/** Ends a chosen application's 公示 (the test sets the dates instead of waiting). */
async function endPublicity(demandId: number) {
  await t.db
    .updateTable('tech_demand_bid')
    .set({ publicity_from: addDays(today, -12), publicity_to: addDays(today, -5) })
    .where('demand_id', '=', demandId)
    .where('state', '=', 'chosen')
    .execute();
}

const milestones = [
  {
    title: '脱毒苗组培快繁体系建成',
    dueOn: addDays(today, -1),
    payEnterprise: '300000',
    payCounty: '200000',
    payOther: '0',
  },
  {
    title: '原原种年产 500 万粒',
    dueOn: addDays(today, 300),
    payEnterprise: '800000',
    payCounty: '200000',
    payOther: '0',
  },
];

describe('揭榜: applications, the choice and 公示, contract, milestones, acceptance', () => {
  it('runs the whole path from a published demand to acceptance, with history, audit and refusals', async () => {
    const id = await publishedDemand('马铃薯脱毒种薯繁育（揭榜测试）', qiyeEnterpriseId);

    // Bad input: no institution, a new one without credit code → 400 naming the field, nothing written.
    const bidsBefore = await countRows('tech_demand_bid');
    let res = await staff.post(`${API}/demands/${id}/bids`, application({ institutionName: null }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toContain('partnerId');
    res = await staff.post(`${API}/demands/${id}/bids`, application({ creditCode: null }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toContain('creditCode');
    // The enterprise and a leader may not record applications; another county's staff is refused.
    expect((await qiye.post(`${API}/demands/${id}/bids`, application())).statusCode).toBe(403);
    expect((await leader.post(`${API}/demands/${id}/bids`, application())).statusCode).toBe(403);
    expect((await otherStaff.post(`${API}/demands/${id}/bids`, application())).statusCode).toBe(403);
    expect(await countRows('tech_demand_bid')).toBe(bidsBefore);

    // Choosing on a demand not in 揭榜中 is refused (there is nothing to choose yet, but the state is checked first).
    // The first application moves 已发榜 → 揭榜中; the new institution joins the partners register.
    res = await staff.post(`${API}/demands/${id}/bids`, application());
    expect(res.statusCode, res.body).toBe(200);
    const firstBid = res.json().id as number;
    expect((await demandOf(id)).state).toBe('bidding');
    const partner = await t.db
      .selectFrom('cooperation_partner')
      .select(['id', 'region_code'])
      .where('name', '=', '定西马铃薯研究所测试单位')
      .executeTakeFirstOrThrow();
    expect(partner.region_code).toBe(COUNTY);
    res = await staff.post(
      `${API}/demands/${id}/bids`,
      application({
        institutionName: null,
        creditCode: null,
        partnerId: partner.id,
        solution: '第二个团队的技术方案：组培加温室扩繁',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const secondBid = res.json().id as number;

    // Phones are sealed at rest and masked when read; the leader reads, an expert-less enterprise sees its own.
    const stored = await t.db
      .selectFrom('tech_demand_bid')
      .select('leader')
      .where('id', '=', firstBid)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.leader)).not.toContain('13909321186');
    let o = await overview(leader, id);
    expect(o.bids).toHaveLength(2);
    expect(o.bids[0].leader.phone).toBe('139****1186');
    expect(o.bids[0].members[0].phone).toBe('139****0001');
    expect(o.bids[0].institutionName).toBe('定西马铃薯研究所测试单位');
    expect((await otherStaff.get(`${API}/demands/${id}/bids`)).statusCode).toBe(403);
    expect((await otherQiye.get(`${API}/demands/${id}/bids`)).statusCode).toBe(403);

    // The choice: a leader reads only, another enterprise may not choose on this demand, its own enterprise does.
    const version = o.bids[0].version;
    expect((await leader.post(`${API}/bids/${firstBid}/choose`, { version })).statusCode).toBe(403);
    expect((await otherQiye.post(`${API}/bids/${firstBid}/choose`, { version })).statusCode).toBe(403);
    // A contract before the choice: 409.
    res = await staff.post(`${API}/demands/${id}/contract`, {
      amount: '1500000',
      signedOn: today,
      milestones,
      version: (await demandOf(id)).version,
    });
    expect(res.statusCode).toBe(409);
    res = await qiye.post(`${API}/bids/${firstBid}/choose`, { version });
    expect(res.statusCode, res.body).toBe(200);
    o = await overview(qiye, id);
    expect(o.bids.map((b: { state: string }) => b.state)).toEqual(['chosen', 'not_chosen']);
    const chosen = o.bids[0];
    expect(chosen.chosenOn).toBe(today);
    expect(chosen.publicityFrom > today).toBe(true);
    expect(chosen.publicityTo >= chosen.publicityFrom).toBe(true);
    // Choosing again: the other application is no longer open.
    expect((await staff.post(`${API}/bids/${secondBid}/choose`, { version: o.bids[1].version })).statusCode).toBe(409);

    // The result is on the public page without personal data.
    const pub = await new (staff.constructor as new (app: unknown) => TestClient)(t.app).get(
      '/api/v1/public/tech-demand/bid-results',
    );
    expect(pub.statusCode).toBe(200);
    const shown = pub.json().find((r: { bidId: number }) => r.bidId === firstBid);
    expect(shown).toMatchObject({ institutionName: '定西马铃薯研究所测试单位', publicityTo: chosen.publicityTo });
    // The period is the parameter's 5 working days on the calendar (not 5 calendar days across a weekend).
    expect(shown.workingDays).toBe(5);
    expect(pub.body).not.toContain('王建军');

    // A contract during the 公示: 400 naming signedOn.
    const contractsBefore = await countRows('tech_demand_contract');
    res = await staff.post(`${API}/demands/${id}/contract`, {
      amount: '1500000',
      signedOn: today,
      milestones,
      version: (await demandOf(id)).version,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['signedOn']);
    expect(res.json().error.message).toContain(chosen.publicityTo);

    // An objection during the 公示 stops the signing until resolved.
    await endPublicity(id);
    let bidVersion = (await overview(staff, id)).bids[0].version;
    res = await staff.post(`${API}/bids/${firstBid}/objection`, {
      objection: '有单位反映团队负责人资质存疑',
      version: bidVersion,
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await staff.post(`${API}/demands/${id}/contract`, {
      amount: '1500000',
      signedOn: today,
      milestones,
      version: (await demandOf(id)).version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('异议');
    bidVersion = (await overview(staff, id)).bids[0].version;
    expect(
      (await staff.post(`${API}/bids/${firstBid}/objection`, { objection: null, version: bidVersion })).statusCode,
    ).toBe(200);

    // Milestone payments exceeding the contract: 400 naming the milestone's payment; nothing written.
    res = await staff.post(`${API}/demands/${id}/contract`, {
      amount: '1400000',
      signedOn: today,
      milestones,
      version: (await demandOf(id)).version,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['milestones.1.payEnterprise']);
    expect(res.json().error.message).toContain('原原种年产 500 万粒');
    expect(await countRows('tech_demand_contract')).toBe(contractsBefore);
    // The enterprise may not record the contract.
    expect(
      (
        await qiye.post(`${API}/demands/${id}/contract`, {
          amount: '1500000',
          signedOn: today,
          milestones,
          version: (await demandOf(id)).version,
        })
      ).statusCode,
    ).toBe(403);

    // The contract: 揭榜中 → 已揭榜(签约).
    res = await staff.post(`${API}/demands/${id}/contract`, {
      amount: '1500000',
      signedOn: today,
      milestones,
      version: (await demandOf(id)).version,
    });
    expect(res.statusCode, res.body).toBe(200);
    let d = await demandOf(id);
    expect(d.state).toBe('signed');
    o = await overview(staff, id);
    expect(o.contract).toMatchObject({
      amount: '1500000.00',
      signedOn: today,
      institutionName: '定西马铃薯研究所测试单位',
    });
    expect(o.contract.milestones.map((m: { planned: string; overdue: boolean }) => [m.planned, m.overdue])).toEqual([
      ['500000.00', true],
      ['1000000.00', false],
    ]);
    const [m1] = o.contract.milestones;

    // Staff start the implementation through the generic endpoint.
    res = await staff.post(`${API}/demands/${id}/transition`, { to: 'implementing', version: d.version });
    expect(res.statusCode, res.body).toBe(200);

    // A payment exceeding its milestone: 400 naming payAmount; nothing written.
    const reportsBefore = await countRows('tech_demand_milestone_report');
    res = await staff.post(`${API}/milestones/${m1.id}/reports`, {
      reportedOn: today,
      content: '组培室建成',
      payParty: 'enterprise',
      payAmount: '500000.01',
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['payAmount']);
    expect(await countRows('tech_demand_milestone_report')).toBe(reportsBefore);
    expect(
      (await leader.post(`${API}/milestones/${m1.id}/reports`, { reportedOn: today, content: '组培室建成' }))
        .statusCode,
    ).toBe(403);
    res = await staff.post(`${API}/milestones/${m1.id}/reports`, {
      reportedOn: today,
      content: '建成组培室 320 平方米，脱毒苗月产能 20 万株',
      payParty: 'enterprise',
      payAmount: '300000',
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await staff.post(`${API}/milestones/${m1.id}/reports`, {
      reportedOn: today,
      content: '县级资金拨付',
      payParty: 'county',
      payAmount: '200000.01',
    });
    expect(res.statusCode).toBe(400);
    o = await overview(staff, id);
    expect(o.contract.milestones[0]).toMatchObject({ paid: '300000.00', reachedOn: today, overdue: false });
    expect(o.contract.milestones[0].reports).toHaveLength(1);

    // The acceptance: a generic move to 验收通过 is refused (via), the acceptance moves it.
    d = await demandOf(id);
    res = await staff.post(`${API}/demands/${id}/transition`, { to: 'accepted', version: d.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('项目验收');
    res = await staff.post(`${API}/demands/${id}/acceptance`, {
      acceptedOn: today,
      conclusion: '专家组认为项目完成合同约定的技术指标，同意通过验收',
      passed: true,
      version: d.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    d = await demandOf(id);
    expect(d.state).toBe('accepted');
    expect(d.history.map((h: { toState: string }) => h.toState).slice(-4)).toEqual([
      'bidding',
      'signed',
      'implementing',
      'accepted',
    ]);
    expect((await overview(staff, id)).acceptance).toMatchObject({ passed: true, acceptedOn: today });

    // Every change audited.
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'tech-demand.%')
      .where('action', 'not like', 'tech-demand.demand.create%')
      .orderBy('id')
      .execute();
    const list = actions.map((a) => a.action);
    for (const a of [
      'tech-demand.bid.create',
      'tech-demand.bid.choose',
      'tech-demand.bid.objection',
      'tech-demand.bid.objection-resolved',
      'tech-demand.contract.create',
      'tech-demand.demand.implementing',
      'tech-demand.milestone.report',
      'tech-demand.acceptance.create',
    ]) {
      expect(list).toContain(a);
    }
  });

  it('refuses an application after the 揭榜截止日期 and a choice on a demand not in 揭榜中', async () => {
    const id = await publishedDemand('旱作农业节水灌溉（截止测试）', qiyeEnterpriseId, addDays(today, -3));
    const res = await staff.post(`${API}/demands/${id}/bids`, application({ institutionName: '截止测试单位' }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['appliedOn']);
    expect(res.json().error.message).toContain('揭榜截止日期');
    expect((await demandOf(id)).state).toBe('published');

    // An application dated before the deadline is accepted; then the demand is terminated and choosing is refused.
    const ok = await staff.post(
      `${API}/demands/${id}/bids`,
      application({ institutionName: '截止测试单位', appliedOn: addDays(today, -4) }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const d = await demandOf(id);
    expect(d.state).toBe('bidding');
    expect(
      (
        await staff.post(`${API}/demands/${id}/transition`, {
          to: 'terminated',
          reason: '企业撤回需求',
          version: d.version,
        })
      ).statusCode,
    ).toBe(200);
    const bid = (await overview(staff, id)).bids[0];
    const choose = await staff.post(`${API}/bids/${bid.id}/choose`, { version: bid.version });
    expect(choose.statusCode).toBe(409);
    expect(choose.json().error.message).toContain('揭榜中');
    // And an application on a terminated demand: 409 naming the state.
    const late = await staff.post(
      `${API}/demands/${id}/bids`,
      application({ institutionName: '截止测试单位', appliedOn: addDays(today, -4) }),
    );
    expect(late.statusCode).toBe(409);
  });

  it('states contracts signed and payments by party as facts, and none for another county', async () => {
    const year = today.slice(0, 4);
    const res = await leader.get(`/api/v1/facts?period=${year}&region=${COUNTY}`);
    expect(res.statusCode, res.body).toBe(200);
    const facts = res.json().facts as {
      key: string;
      value: string;
      dimensions: Record<string, string>;
      link: string;
    }[];
    const signed = facts.find((f) => f.key === 'tech-demand.bid_signed' && Object.keys(f.dimensions).length === 0);
    expect(signed?.value).toBe('1');
    expect(facts.find((f) => f.key === 'tech-demand.bid_signed_amount' && !f.dimensions.region)?.value).toBe(
      '1500000.00',
    );
    expect(facts.find((f) => f.key === 'tech-demand.bid_signed' && f.dimensions.region)?.value).toBe('1');
    expect(facts.find((f) => f.key === 'tech-demand.bid_paid')).toMatchObject({
      value: '300000.00',
      dimensions: { party: '发榜企业' },
    });
    const other = await otherStaff.get(`/api/v1/facts?period=${year}`);
    expect(other.statusCode, other.body).toBe(200);
    expect(other.json().facts.some((f: { key: string }) => f.key.startsWith('tech-demand.bid'))).toBe(false);
  });

  it('demo: a team chosen on the published 2022 demand, its contract signed in 2022 H1 with a milestone reported', async () => {
    // The demo seed ran when the test database was made: the call's first-ranked demand carries the 揭榜.
    const { id } = await t.db
      .selectFrom('tech_demand')
      .select('id')
      .where('title', '=', '马铃薯脱毒种薯高效繁育关键技术攻关')
      .executeTakeFirstOrThrow();
    const d = await demandOf(id);
    expect(d.state).toBe('implementing');
    const o = await overview(staff, id);
    expect(o.bids[0]).toMatchObject({ state: 'chosen', institutionName: '定西市农业科学研究院' });
    expect(o.bids[0].leader.phone).toBe('139****1186');
    expect(o.contract.signedOn > o.bids[0].publicityTo).toBe(true);
    expect(o.contract.signedOn.slice(0, 7) <= '2022-06').toBe(true);
    expect(o.contract.milestones[0].reports).toHaveLength(1);
    const facts = (await leader.get('/api/v1/facts?period=2022H1')).json().facts as { key: string; value: string }[];
    expect(facts.find((f) => f.key === 'tech-demand.bid_signed_amount')?.value).toBe('1500000.00');
  });
});
