import { chinaToday } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthContext } from '../../../platform/http/types';
import { factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { techDemandTodos } from '../tech-demand.todos';
import { API, demandBody, moveDemand, openCall, postDemand } from '../tech-demand.test-support';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
const experts: { client: TestClient; id: number }[] = [];
let conflicted: number;
let qiyeEnterpriseId: number;

const userId = async (username: string) =>
  await t.db
    .selectFrom('app_user')
    .select(['id', 'enterprise_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();

/** An expert account with a profile (the expert library refuses one without). */
async function expert(username: string, employer: string, enterpriseId: number | null = null) {
  const client = await t.addUser({ username, role: 'expert', name: username, enterpriseId });
  const { id } = await userId(username);
  await t.db
    .insertInto('expert_profile')
    .values({
      user_id: id,
      region_code: '621122',
      name: username,
      employer_name: employer,
      created_by: null,
      updated_by: null,
    })
    .execute();
  return { client, id };
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  qiyeEnterpriseId = (await userId('qiye')).enterprise_id!;
  for (const [i, employer] of ['兰州大学', '甘肃农业大学', '西北师范大学'].entries()) {
    experts.push(await expert(`td_expert_${i}`, employer));
  }
  conflicted = (await expert('td_expert_qiye', '本单位', qiyeEnterpriseId)).id;
});
afterAll(() => t?.close());

/** The expert's session as the platform would build it, for the module's to-dos. */
const expertAuth = (id: number): AuthContext => ({
  sessionId: 's',
  csrfToken: 'c',
  userId: id,
  username: 'x',
  displayName: 'x',
  regionCode: '621122',
  scopePrefix: '621122',
  enterpriseId: null,
  roles: ['expert'],
  permissions: new Set(['tech-demand:review']),
  mustChangePassword: false,
});

const scores = (n: number) => ({ industry: n, foundation: n, indicators: n, finance: n });

async function score(client: TestClient, demandId: number, s: Record<string, unknown>, confirm = true) {
  const tasks = (await client.get(`${API}/reviews`)).json() as { id: number; demandId: number; version: number }[];
  const task = tasks.find((x) => x.demandId === demandId)!;
  return client.put(`${API}/reviews/${task.id}`, { scores: s, confirm, version: task.version });
}

describe('揭榜挂帅 论证, ranking and publication', () => {
  it('assigns experts with the minimum and the conflict rule, scores, ranks, publishes to the public 榜单', async () => {
    const call = await openCall(staff, '论证测试批次', { minExperts: 3 });
    const ids: number[] = [];
    for (const [title, budget] of [
      ['论证需求甲：防腐涂层检测', '1000000.00'],
      ['论证需求乙：焊缝识别', '500000.00'],
      ['论证需求丙：余热回收', '300000.00'],
    ] as const) {
      const d = await postDemand(qiye, demandBody(title, { callId: call.id, budget }));
      expect((await moveDemand(qiye, d.id, 'submitted')).statusCode).toBe(200);
      ids.push(d.id);
    }
    let c = (await staff.get(`${API}/calls/${call.id}`)).json();
    expect((await staff.post(`${API}/calls/${call.id}/start-review`, { version: c.version })).statusCode).toBe(200);

    // Too few experts: 400 naming the field, nothing written.
    let res = await staff.post(`${API}/review/assign`, { demandIds: ids, expertIds: [experts[0].id, experts[1].id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('expertIds');
    // An expert of the demand's enterprise: 409, nothing written.
    res = await staff.post(`${API}/review/assign`, {
      demandIds: ids,
      expertIds: [...experts.map((x) => x.id), conflicted],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('利益冲突');
    const none = await t.db.selectFrom('tech_demand_review').select('id').where('demand_id', 'in', ids).execute();
    expect(none).toHaveLength(0);
    // A leader may not assign.
    expect(
      (await leader.post(`${API}/review/assign`, { demandIds: ids, expertIds: experts.map((x) => x.id) })).statusCode,
    ).toBe(403);
    res = await staff.post(`${API}/review/assign`, { demandIds: ids, expertIds: experts.map((x) => x.id) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().added).toBe(9);

    // An expert sees only what is assigned, without the contact person; an unassigned expert sees nothing.
    const mine = (await experts[0].client.get(`${API}/demands`)).json();
    expect(mine.data.map((d: { id: number }) => d.id).sort()).toEqual([...ids].sort());
    expect(mine.data[0].contactPhone).toBe('');
    const outsider = await t.addUser({ username: 'td_expert_none', role: 'expert' });
    expect((await outsider.get(`${API}/demands`)).json().total).toBe(0);
    expect((await outsider.get(`${API}/demands/${ids[0]}`)).statusCode).toBe(403);
    // To-dos: three demands await each expert's scores.
    const todos = await techDemandTodos(t.db, expertAuth(experts[0].id));
    expect(todos.map((x) => x.kind)).toEqual(['待评审', '待评审', '待评审']);
    expect(todos[0]).toMatchObject({ link: '/tech-demand/scoring', title: `需求论证“${'论证需求甲：防腐涂层检测'}”` });

    // Scores outside 0–100: 400 naming the dimension; another expert's task: 403.
    res = await score(experts[0].client, ids[0], { ...scores(80), finance: 120 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('财务指标');
    const otherTask = ((await experts[1].client.get(`${API}/reviews`)).json() as { id: number; version: number }[])[0];
    expect(
      (
        await experts[0].client.put(`${API}/reviews/${otherTask.id}`, {
          scores: scores(1),
          confirm: true,
          version: otherTask.version,
        })
      ).statusCode,
    ).toBe(403);

    // Saved but not confirmed scores block the ranking (409, nothing moved).
    for (const [i, x] of experts.entries()) {
      expect((await score(x.client, ids[0], scores(90 - i), i !== 2)).statusCode).toBe(200);
      expect((await score(x.client, ids[1], scores(70 + i))).statusCode).toBe(200);
      expect((await score(x.client, ids[2], scores(50))).statusCode).toBe(200);
    }
    c = (await staff.get(`${API}/calls/${call.id}`)).json();
    res = await staff.post(`${API}/calls/${call.id}/ranking`, { cut: { topN: 2 }, version: c.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('未经专家确认');
    expect((await staff.get(`${API}/demands/${ids[0]}`)).json().state).toBe('reviewing');
    // A confirmed score is locked.
    expect((await score(experts[0].client, ids[0], scores(10))).statusCode).toBe(409);
    expect((await score(experts[2].client, ids[0], scores(88))).statusCode).toBe(200);

    const ranking = (await staff.get(`${API}/calls/${call.id}/ranking`)).json();
    expect(ranking.map((l: { demandId: number; rank: number }) => [l.demandId, l.rank])).toEqual([
      [ids[0], 1],
      [ids[1], 2],
      [ids[2], 3],
    ]);
    res = await staff.post(`${API}/calls/${call.id}/ranking`, { cut: { scoreLine: 60 }, version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    const states = await t.db
      .selectFrom('tech_demand')
      .select(['id', 'state', 'review_score', 'review_rank', 'selected_on'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(states.map((s) => [s.state, s.review_score, s.review_rank])).toEqual([
      ['selected', '89.00', 1],
      ['selected', '71.00', 2],
      ['not_selected', '50.00', 3],
    ]);
    expect(states[0].selected_on).toBe(chinaToday());
    const history = await t.db
      .selectFrom('tech_demand_history')
      .select(['to_state', 'reason'])
      .where('demand_id', '=', ids[2])
      .orderBy('id')
      .execute();
    expect(history.at(-1)).toMatchObject({ to_state: 'not_selected' });
    expect(history.at(-1)!.reason).toContain('50.00');
    const audits = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'tech_demand')
      .where('object_id', 'in', ids.map(String))
      .execute();
    expect(audits.filter((a) => a.action === 'tech-demand.demand.selected')).toHaveLength(2);

    // Before publication the public 榜单 does not list them; after it lists them without personal data.
    expect(
      ((await t.app.inject({ method: 'GET', url: '/api/v1/public/tech-demands' })).json() as { id: number }[]).some(
        (d) => ids.includes(d.id),
      ),
    ).toBe(false);
    c = (await staff.get(`${API}/calls/${call.id}`)).json();
    res = await staff.post(`${API}/calls/${call.id}/publish`, { version: c.version, bidDeadline: '2020-01-01' });
    expect(res.statusCode).toBe(400);
    res = await staff.post(`${API}/calls/${call.id}/publish`, { version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('published');
    const pub = await t.app.inject({ method: 'GET', url: '/api/v1/public/tech-demands' });
    expect(pub.statusCode).toBe(200);
    const listed = (pub.json() as Record<string, unknown>[]).filter((d) => ids.includes(d.id as number));
    expect(listed.map((d) => d.id)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({ field: '装备制造', budget: expect.any(String), bidDeadline: call.bidDeadline });
    expect(pub.body).not.toContain('13800138000');
    expect(pub.body).not.toContain('张工');
    expect(Object.keys(listed[0])).not.toContain('contactName');

    // Facts of the period: collected 3, selected 2, published 2, with budgets in 元 and links honoured by the list.
    const year = chinaToday().slice(0, 4);
    const facts = await factsOf(staff, year);
    const fact = (key: string) => factsWhere(facts, key)[0];
    expect(fact('tech-demand.collected').recordIds).toEqual(expect.arrayContaining(ids));
    expect(fact('tech-demand.selected').recordIds).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    expect(fact('tech-demand.selected').recordIds).not.toContain(ids[2]);
    expect(fact('tech-demand.published').recordIds).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    const linked = (await staff.get(`${API}/demands?ids=${ids.join(',')}`)).json();
    expect(linked.total).toBe(3);
    const other = await t.addUser({ username: 'td_facts_other', role: 'staff', region: '621102' });
    expect(factsWhere(await factsOf(other, year), 'tech-demand.published').flatMap((f) => f.recordIds)).not.toContain(
      ids[0],
    );
  });
});
