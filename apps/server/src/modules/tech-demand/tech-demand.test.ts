import { chinaToday } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { API, COUNTY, demandBody, moveDemand as move, openCall, postDemand as post } from './tech-demand.test-support';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let otherStaff: TestClient;
let qiyeEnterpriseId: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  otherStaff = await t.addUser({ username: 'td_other_staff', role: 'staff', region: '621102' });
  const u = await t.db
    .selectFrom('app_user')
    .select('enterprise_id')
    .where('username', '=', 'qiye')
    .executeTakeFirstOrThrow();
  qiyeEnterpriseId = u.enterprise_id!;
});
afterAll(() => t?.close());

describe('揭榜挂帅 demands and their state machine', () => {
  it('has the demo county’s 2022 call: scored, ranked by the product’s rule, four published (the first now 揭榜 and in implementation), one 落选', async () => {
    const rows = await t.db
      .selectFrom('tech_demand as d')
      .innerJoin('tech_demand_call as c', 'c.id', 'd.call_id')
      .select(['d.title', 'd.state', 'd.review_rank'])
      .where('c.title', '=', '2022年陇西县“揭榜挂帅”关键技术需求榜单')
      .orderBy('d.review_rank')
      .execute();
    expect(rows.map((r) => r.state)).toEqual(['implementing', 'published', 'published', 'published', 'not_selected']);
    expect(rows[0].title).toBe('马铃薯脱毒种薯高效繁育关键技术攻关');
    const facts = await factsOf(staff, '2022H1');
    expect(factsWhere(facts, 'tech-demand.published')[0].value).toBe('4');
    expect(factsWhere(facts, 'tech-demand.collected_budget')[0].value).toBe('4700000.00');
  });

  it('lets the enterprise record a draft for itself, refuses bad input naming the field, writes nothing', async () => {
    const before = await t.db.selectFrom('tech_demand').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    for (const [extra, field] of [
      [{ problem: '' }, 'problem'],
      [{ budget: '-1' }, 'budget'],
      [{ field: '不存在的领域' }, 'field'],
      [{ hightechDomain: '09' }, 'hightechDomain'],
    ] as const) {
      const res = await qiye.post(`${API}/demands`, demandBody('坏数据需求', extra));
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    const after = await t.db.selectFrom('tech_demand').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const d = await post(qiye, demandBody('防腐涂层在线检测'));
    expect(d).toMatchObject({
      state: 'draft',
      enterpriseId: qiyeEnterpriseId,
      regionCode: COUNTY,
      budget: '1200000.00',
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'tech_demand')
      .where('object_id', '=', String(d.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['tech-demand.demand.create']);
  });

  it('submits only into a call collecting today (else 400 naming the call), then moves through review', async () => {
    const d = await post(qiye, demandBody('管道焊缝自动识别'));
    let res = await move(qiye, d.id, 'submitted');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('榜单批次');

    // A call whose window is over.
    const past = await staff.post(`${API}/calls`, {
      regionCode: COUNTY,
      year: 2021,
      title: '2021 年已结束的榜单批次',
      collectFrom: '2021-03-01',
      collectTo: '2021-03-20',
    });
    expect(past.statusCode, past.body).toBe(200);
    const put = await qiye.put(`${API}/demands/${d.id}`, { callId: past.json().id, version: d.version });
    expect(put.statusCode, put.body).toBe(200);
    res = await move(qiye, d.id, 'submitted');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('2021-03-01 至 2021-03-20');
    expect((await qiye.get(`${API}/demands/${d.id}`)).json().state).toBe('draft');

    const call = await openCall(staff, '状态机测试批次');
    const put2 = await qiye.put(`${API}/demands/${d.id}`, { callId: call.id, version: put.json().version });
    expect(put2.statusCode, put2.body).toBe(200);
    res = await move(qiye, d.id, 'submitted');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'submitted', submittedOn: chinaToday() });

    // Submitted: not editable by the owner; the owner may not return it (a staff move).
    const edit = await qiye.put(`${API}/demands/${d.id}`, { title: '改名后的需求', version: res.json().version });
    expect(edit.statusCode).toBe(409);
    expect((await move(qiye, d.id, 'draft', '补充材料')).statusCode).toBe(403);
    // Staff return it without a reason: 400; with one: back to draft.
    expect((await move(staff, d.id, 'draft')).statusCode).toBe(400);
    res = await move(staff, d.id, 'draft', '请补充技术指标');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('draft');
    expect((await move(qiye, d.id, 'submitted')).statusCode).toBe(200);

    // An illegal move names both states; a via-move is refused naming the way it is done.
    res = await move(staff, d.id, 'published');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('不能从“已提交”变为“已发榜”');
    const callNow = (await staff.get(`${API}/calls/${call.id}`)).json();
    const started = await staff.post(`${API}/calls/${call.id}/start-review`, { version: callNow.version });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().state).toBe('reviewing');
    res = await move(staff, d.id, 'selected');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('确认论证排名');

    const detail = (await qiye.get(`${API}/demands/${d.id}`)).json();
    expect(detail.state).toBe('reviewing');
    expect(detail.history.map((h: { toState: string }) => h.toState)).toEqual([
      'draft',
      'submitted',
      'draft',
      'submitted',
      'reviewing',
    ]);
    expect(detail.history[2].reason).toBe('请补充技术指标');
  });

  it('keeps demands to their readers: other enterprises, other counties, leaders read only', async () => {
    const d = await post(staff, { ...demandBody('代企业填报的需求'), enterpriseId: qiyeEnterpriseId });
    expect(d.state).toBe('draft');
    const other = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('region_code', '=', COUNTY)
      .where('id', '<>', qiyeEnterpriseId)
      .executeTakeFirstOrThrow();
    const otherUser = await t.addUser({ username: 'td_other_ent', role: 'enterprise', enterpriseId: other.id });
    expect((await otherUser.get(`${API}/demands/${d.id}`)).statusCode).toBe(403);
    const list = (await otherUser.get(`${API}/demands`)).json();
    expect(list.data.some((x: { id: number }) => x.id === d.id)).toBe(false);
    expect((await otherStaff.get(`${API}/demands/${d.id}`)).statusCode).toBe(403);
    expect((await otherStaff.get(`${API}/demands`)).json().data.some((x: { id: number }) => x.id === d.id)).toBe(false);
    expect((await leader.get(`${API}/demands/${d.id}`)).statusCode).toBe(200);
    expect((await move(leader, d.id, 'submitted')).statusCode).toBe(403);
    expect(
      (await leader.post(`${API}/demands`, { ...demandBody('领导填报'), enterpriseId: qiyeEnterpriseId })).statusCode,
    ).toBe(403);
    expect(
      (
        await otherStaff.post(`${API}/calls`, {
          regionCode: COUNTY,
          year: 2026,
          title: '越权批次名称',
          collectFrom: '2026-01-01',
          collectTo: '2026-02-01',
        })
      ).statusCode,
    ).toBe(403);
  });
});
