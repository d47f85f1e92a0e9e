import { sql } from 'kysely';
import { addDays, chinaToday, LIAISON_OPEN_STATES } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf, factsWhere } from '../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import type { AuthContext } from '../../platform/http/types';
import { liaisonModule } from './index';

const API = '/api/v1/liaison';
const QIYE = '甘肃青龙管业有限责任公司';
const today = chinaToday();
const year = today.slice(0, 4);

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let other: TestClient;
let cadre: TestClient;
let cadreId: number;
let otherCadreId: number;
let qiyeId: number;
let freeId: number;

const idOf = async (username: string) =>
  (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const count = async (table: 'liaison_visit' | 'liaison_issue' | 'liaison_assignment') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  other = await t.addUser({ username: 'liaison_other', role: 'staff', region: '621102', name: '安定区科员' });
  cadre = await t.addUser({ username: 'liaison_cadre', role: 'staff', name: '张包联' });
  cadreId = await idOf('liaison_cadre');
  otherCadreId = await idOf('liaison_other');
  qiyeId = (await t.db.selectFrom('enterprise').select('id').where('name', '=', QIYE).executeTakeFirstOrThrow()).id;
  // An enterprise of the county the demo assigns to nobody (neither 规上 nor 高企).
  const free = await t.db
    .selectFrom('enterprise as e')
    .select('e.id')
    .where('e.region_code', '=', '621122')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('liaison_assignment as a').select('a.id').whereRef('a.enterprise_id', '=', 'e.id')),
      ),
    )
    .orderBy('e.id')
    .executeTakeFirstOrThrow();
  freeId = free.id;
});
afterAll(() => t?.close());

const visitBody = (enterpriseId: number, extra: Record<string, unknown> = {}) => ({
  enterpriseId,
  visitedOn: addDays(today, -10),
  form: 'onsite',
  peopleMet: '总经理 王某',
  policies: ['rd_deduction', 'hightech_tax'],
  questions: '加计扣除如何备案？',
  campaign: 'three_visits',
  issues: [],
  ...extra,
});

describe('干部包企业 (module liaison): docs/rules.md §5.7.1', () => {
  it('seeds the demo county: 规上 and 高企 assigned to staff, 青龙管业 has an issue awaiting its confirmation', async () => {
    const list = (await staff.get(`${API}/assignments?on=${today}&pageSize=100`)).json();
    expect(list.total).toBeGreaterThan(3);
    expect(list.data.map((a: { enterpriseName: string }) => a.enterpriseName)).toContain(QIYE);
    const mine = (await qiye.get(`${API}/issues?status=closed`)).json();
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(mine.data.every((i: { enterpriseId: number }) => i.enterpriseId === qiyeId)).toBe(true);
    const overdue = (await staff.get(`${API}/issues?overdue=true`)).json();
    expect(overdue.total).toBeGreaterThanOrEqual(1);
    const confirmed = (await staff.get(`${API}/issues?status=confirmed`)).json();
    expect(confirmed.total).toBeGreaterThanOrEqual(1);
  });

  it('assigns by hand: one lead at a time (409 naming the cadre), the cadre’s region checked (400), audited', async () => {
    const body = { enterpriseId: freeId, cadreId, startOn: `${year}-01-01`, endOn: `${year}-12-31` };
    const ok = await staff.post(`${API}/assignments`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ cadreName: '张包联', source: 'manual' });
    const again = await staff.post(`${API}/assignments`, {
      ...body,
      cadreId: await idOf('staff'),
      startOn: `${year}-06-01`,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('张包联');
    const before = await count('liaison_assignment');
    const far = await staff.post(`${API}/assignments`, {
      ...body,
      cadreId: otherCadreId,
      startOn: '2030-01-01',
      endOn: '2030-12-31',
    });
    expect(far.statusCode).toBe(400);
    expect(far.body).toContain('enterpriseId');
    const backwards = await staff.post(`${API}/assignments`, { ...body, startOn: '2031-05-01', endOn: '2031-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('endOn');
    expect(await count('liaison_assignment')).toBe(before);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'liaison_assignment')
      .where('object_id', '=', String(ok.json().id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['liaison.assign']);
  });

  it('assigns by rule: the preview names the enterprises and their current lead; the commit skips those', async () => {
    const rule = { rule: 'above_scale', cadreId, startOn: '2027-01-01', endOn: '2027-12-31' };
    const preview = (await staff.post(`${API}/assignments/rule-preview`, rule)).json();
    expect(preview.items.length).toBeGreaterThan(1);
    expect(preview.items.map((i: { enterpriseName: string }) => i.enterpriseName)).toContain(QIYE);
    expect(preview.assignable).toBe(preview.items.length);
    const nowPreview = (
      await staff.post(`${API}/assignments/rule-preview`, { ...rule, startOn: today, endOn: today })
    ).json();
    expect(nowPreview.items.every((i: { currentLead: unknown }) => i.currentLead !== null)).toBe(true);
    expect(nowPreview.assignable).toBe(0);
    const before = await count('liaison_assignment');
    const committed = (await staff.post(`${API}/assignments/rule`, rule)).json();
    expect(committed).toMatchObject({ created: preview.items.length, skipped: 0 });
    expect(await count('liaison_assignment')).toBe(before + preview.items.length);
    const after = (await staff.post(`${API}/assignments/rule-preview`, rule)).json();
    expect(after.assignable).toBe(0);
    expect(after.items[0].currentLead.cadreName).toBe('张包联');
  });

  it('refuses a visit dated in the future or with nobody met, writing nothing', async () => {
    const before = [await count('liaison_visit'), await count('liaison_issue')];
    const future = await cadre.post(`${API}/visits`, visitBody(freeId, { visitedOn: addDays(today, 1) }));
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('visitedOn');
    const nobody = await cadre.post(`${API}/visits`, visitBody(freeId, { peopleMet: '  ' }));
    expect(nobody.statusCode).toBe(400);
    expect(nobody.body).toContain('peopleMet');
    const badPolicy = await cadre.post(`${API}/visits`, visitBody(freeId, { policies: ['no_such'] }));
    expect(badPolicy.statusCode).toBe(400);
    expect(badPolicy.body).toContain('policies.0');
    expect([await count('liaison_visit'), await count('liaison_issue')]).toEqual(before);
    expect((await leader.post(`${API}/visits`, visitBody(freeId))).statusCode).toBe(403);
    expect((await other.post(`${API}/visits`, visitBody(freeId))).statusCode).toBe(403);
  });

  let issueId = 0;
  it('records a visit with issues (timeline events), then the life cycle with 退回重办 and the enterprise’s confirmation', async () => {
    const res = await cadre.post(
      `${API}/visits`,
      visitBody(qiyeId, {
        issues: [
          { content: '申请科技型中小企业评价的流程', category: 'policy', department: 'kjj', dueOn: addDays(today, 5) },
          { content: '逾期测试：用地指标', category: 'land', department: 'other', dueOn: addDays(today, -2) },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      issueCount: 2,
      formLabel: '上门',
      policyLabels: ['研发费用加计扣除', '高企税收优惠'],
    });
    const events = await t.db
      .selectFrom('enterprise_event')
      .select('kind')
      .where('enterprise_id', '=', qiyeId)
      .where('module', '=', 'liaison')
      .execute();
    expect(events.filter((e) => e.kind === 'issue').length).toBeGreaterThanOrEqual(2);
    const issues = (await cadre.get(`${API}/issues?mine=true&keyword=科技型中小企业评价的流程`)).json();
    expect(issues.total).toBe(1);
    issueId = issues.data[0].id;
    const move = async (c: TestClient, to: string, extra: Record<string, unknown> = {}) => {
      const v = (await staff.get(`${API}/issues/${issueId}`)).json().version;
      return c.post(`${API}/issues/${issueId}/transition`, { to, version: v, ...extra });
    };
    expect((await move(qiye, 'handling')).statusCode).toBe(409);
    expect((await move(leader, 'handling')).statusCode).toBe(403);
    expect((await move(staff, 'handling')).statusCode).toBe(200);
    const noAnswer = await move(staff, 'closed');
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.body).toContain('answer');
    expect(noAnswer.json().error.message).toContain('办理答复');
    expect((await staff.get(`${API}/issues/${issueId}`)).json().status).toBe('handling');
    expect((await move(staff, 'closed', { answer: '已发送评价流程说明' })).statusCode).toBe(200);
    const illegal = await move(staff, 'confirmed');
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.message).toMatch(/已办结.*企业确认/);
    expect((await move(qiye, 'handling')).statusCode).toBe(400); // 退回重办 needs a reason
    const back = await move(qiye, 'handling', { reason: '流程说明不含材料清单' });
    expect(back.statusCode, back.body).toBe(200);
    expect((await move(staff, 'closed', { answer: '已补充材料清单' })).statusCode).toBe(200);
    const done = await move(qiye, 'confirmed');
    expect(done.statusCode).toBe(200);
    const history = done.json().history.map((h: { toState: string }) => h.toState);
    expect(history).toEqual(['pending', 'handling', 'closed', 'handling', 'closed', 'confirmed']);
    const audits = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'liaison_issue')
      .where('object_id', '=', String(issueId))
      .execute();
    expect(audits).toHaveLength(5);
  });

  it('an enterprise sees only its own issues; another county’s staff sees none and is refused', async () => {
    const own = (await qiye.get(`${API}/issues?pageSize=100`)).json();
    expect(own.data.every((i: { enterpriseId: number }) => i.enterpriseId === qiyeId)).toBe(true);
    const foreign = await t.db
      .selectFrom('liaison_issue')
      .select('id')
      .where('enterprise_id', '<>', qiyeId)
      .executeTakeFirstOrThrow();
    expect((await qiye.get(`${API}/issues/${foreign.id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${API}/assignments`)).statusCode).toBe(403);
    expect((await other.get(`${API}/issues`)).json().total).toBe(0);
    expect((await other.get(`${API}/issues/${issueId}`)).statusCode).toBe(403);
    expect(
      (
        await other.post(`${API}/assignments`, {
          enterpriseId: freeId,
          cadreId: otherCadreId,
          startOn: '2030-01-01',
          endOn: '2030-02-01',
        })
      ).statusCode,
    ).toBe(403);
    expect((await leader.get(`${API}/coverage`)).statusCode).toBe(200);
    expect(
      (
        await leader.post(`${API}/assignments`, {
          enterpriseId: freeId,
          cadreId,
          startOn: '2032-01-01',
          endOn: '2032-02-01',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('reminds of overdue issues once a day: the cadre and the leader, deduplicated', async () => {
    const messages = async (username: string) =>
      Number(
        (
          await t.db
            .selectFrom('message')
            .innerJoin('app_user as u', 'u.id', 'message.user_id')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('u.username', '=', username)
            .where('message.title', 'like', '%逾期%')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const run = async () => {
      await t.app.jobs.enqueue({
        type: 'liaison.overdue-reminders',
        title: '企业诉求逾期提醒',
        payload: {},
        createdBy: null,
      });
      await t.app.jobs.drain();
    };
    await run();
    expect(await messages('liaison_cadre')).toBe(1);
    const leaderCount = await messages('leader');
    expect(leaderCount).toBe(1);
    await run();
    expect(await messages('liaison_cadre')).toBe(1);
    expect(await messages('leader')).toBe(leaderCount);
  });

  it('reminds of 33,000 overdue issues in one run (66,000 values, past the 65,535 bind parameters), naming 20 in a message', async () => {
    // A province's overdue issues: copies of one open overdue issue of the cadre.
    const source = await t.db
      .selectFrom('liaison_issue as i')
      .innerJoin('app_user as u', 'u.id', 'i.cadre_id')
      .select(['i.id', 'i.cadre_id'])
      .where('u.username', '=', 'liaison_cadre')
      .where('i.status', 'in', LIAISON_OPEN_STATES)
      .where('i.due_on', '<', sql<string>`current_date`)
      .executeTakeFirstOrThrow();
    const { rows } = await sql<{ id: number }>`
      insert into liaison_issue (region_code, visit_id, enterprise_id, cadre_id, content, category, department,
        raised_on, due_on, status, created_by, updated_by)
      select region_code, visit_id, enterprise_id, cadre_id, content || '（' || n || '）', category, department,
        raised_on, due_on, status, created_by, updated_by
      from liaison_issue, generate_series(1, 33000) as n where id = ${source.id}
      returning id`.execute(t.db);
    await t.app.jobs.enqueue({
      type: 'liaison.overdue-reminders',
      title: '企业诉求逾期提醒',
      payload: {},
      createdBy: null,
    });
    await t.app.jobs.drain();
    const reminded = await sql<{ n: number }>`
      select count(*)::int as n from liaison_issue_reminder where issue_id >= ${rows[0].id}`.execute(t.db);
    expect(reminded.rows[0].n).toBe(33_000);
    const latest = await t.db
      .selectFrom('message')
      .select(['title', 'body'])
      .where('user_id', '=', source.cadre_id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(latest.title).toBe('33000 件企业诉求逾期未办结');
    expect(latest.body).toContain('……等 33000 件，见逾期诉求列表');
    expect(latest.body.split('；')).toHaveLength(20);
    // The copies go again, so the tests after this one see the county as it was.
    await sql`delete from liaison_issue_reminder where issue_id >= ${rows[0].id}`.execute(t.db);
    await sql`delete from liaison_issue where id >= ${rows[0].id}`.execute(t.db);
  });

  it('shows coverage per cadre and township, the cadre’s own, and the to-dos', async () => {
    const own = (await cadre.get(`${API}/coverage?mine=true`)).json();
    expect(own.cadres).toHaveLength(1);
    const me = own.cadres[0];
    expect(me.cadreName).toBe('张包联');
    expect(me.assigned).toBe(1); // freeId, this year; the rule's are 2027
    expect(me.visited).toBe(0);
    const county = (await staff.get(`${API}/coverage`)).json();
    const staffRow = county.cadres.find((c: { cadreName: string }) => c.cadreName === '王科员');
    expect(staffRow.assigned).toBeGreaterThan(3);
    expect(staffRow.visited).toBeGreaterThanOrEqual(1);
    expect(staffRow.share).toBeCloseTo(staffRow.visited / staffRow.assigned, 3);
    expect(staffRow.overdueIssues).toBeGreaterThanOrEqual(2);
    expect(county.townships.reduce((s: number, r: { assigned: number }) => s + r.assigned, 0)).toBe(
      county.cadres.reduce((s: number, r: { assigned: number }) => s + r.assigned, 0),
    );
    const auth = (userId: number, perms: string[], enterpriseId: number | null) =>
      ({ userId, permissions: new Set(perms), enterpriseId, scopePrefix: '621122' }) as unknown as AuthContext;
    const qiyeTodos = await liaisonModule.todos!(t.db, auth(await idOf('qiye'), ['liaison:self'], qiyeId));
    expect(qiyeTodos.some((x) => x.kind === '待确认')).toBe(true);
    const cadreTodos = await liaisonModule.todos!(t.db, auth(cadreId, ['liaison:write', 'liaison:read'], null));
    expect(cadreTodos.map((x) => x.title)).toEqual([expect.stringContaining('逾期测试')]);
  });

  it('states its facts for a year with ids the lists honour, and none for another county', async () => {
    const facts = await factsOf(staff, year);
    const visits = factsWhere(facts, 'liaison.visits')[0]!;
    expect(Number(visits.value)).toBeGreaterThanOrEqual(4);
    const listed = (await staff.get(`${API}/visits?ids=${visits.recordIds.join(',')}&pageSize=100`)).json();
    expect(listed.total).toBe(visits.recordIds.length);
    expect(factsWhere(facts, 'liaison.issues-closed')[0]!.recordIds).toContain(issueId);
    const covered = factsWhere(facts, 'liaison.enterprises-covered')[0]!;
    expect(Number(covered.value)).toBeGreaterThan(3);
    const f2022 = await factsOf(staff, '2022');
    expect(factsWhere(f2022, 'liaison.visits')[0]!.value).toBe('2');
    expect(factsWhere(await factsOf(other, year), 'liaison.visits')).toHaveLength(0);
  });
});
