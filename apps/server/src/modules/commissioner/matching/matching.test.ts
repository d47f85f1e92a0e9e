import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { insertCommissioner, insertUser } from './matching.test-support';
import { clearDemoRoster } from '../commissioner.test-support';

const API = '/api/v1/commissioner/needs';
const COUNTY = '621122';
const OTHER_COUNTY = '621102';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let tpy: TestClient;
let otherCommissioner: TestClient;
let otherEnterprise: TestClient;
let otherStaff: TestClient;
let ids: Record<'pipe' | 'potato' | 'city' | 'applied' | 'expired' | 'lanzhou' | 'busy', number>;
let qingLong: number;

const need = (extra: Record<string, unknown> = {}) => ({
  field: '工业制造',
  problem: '球墨铸铁管道内壁防腐涂层附着力不足，需要管道防腐工艺改进',
  contactName: '张工',
  contactPhone: '13893212345',
  desiredOn: '2026-12-20',
  ...extra,
});

async function ok(res: { statusCode: number; body: string; json: () => unknown }) {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Record<string, unknown> & { id: number; version: number; status: string };
}

beforeAll(async () => {
  t = await createTestApp();
  // This file builds its own roster: the demo's commissioners would join every list and count.
  await clearDemoRoster(t.db);
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  tpy = await t.as('tpy');
  const tpyUser = await t.db
    .selectFrom('app_user')
    .select(['id'])
    .where('username', '=', 'tpy')
    .executeTakeFirstOrThrow();
  qingLong = (
    await t.db.selectFrom('app_user').select('enterprise_id').where('username', '=', 'qiye').executeTakeFirstOrThrow()
  ).enterprise_id!;
  const other = await insertUser(t.db, 'cm_other_tpy', 'commissioner');
  await insertUser(t.db, 'cm_other_staff', 'staff', { regionCode: OTHER_COUNTY });
  const aiweike = await t.db
    .selectFrom('enterprise')
    .select('id')
    .where('name', '=', '甘肃爱味客马铃薯加工有限公司')
    .executeTakeFirstOrThrow();
  await insertUser(t.db, 'cm_aiweike', 'enterprise', { enterpriseId: aiweike.id });
  otherCommissioner = await t.as('cm_other_tpy');
  otherStaff = await t.as('cm_other_staff');
  otherEnterprise = await t.as('cm_aiweike');
  const c = (name: string, o: Partial<Parameters<typeof insertCommissioner>[1]>, n: number) =>
    insertCommissioner(t.db, {
      name,
      regionCode: COUNTY,
      field: '工业制造',
      speciality: null,
      idNumber: `62112219800501${String(1000 + n)}`,
      ...o,
    });
  ids = {
    pipe: await c('管特派', { speciality: '管道防腐、新材料', userId: tpyUser.id }, 1),
    potato: await c('薯特派', { field: '种植业', speciality: '马铃薯' }, 2),
    city: await c('市特派', { regionCode: OTHER_COUNTY, speciality: '管道防腐' }, 3),
    applied: await c('申特派', { status: 'applied' }, 4),
    expired: await c('期特派', { termStart: '2019-01-01', termEnd: '2020-12-31' }, 5),
    lanzhou: await c('兰特派', { regionCode: '620102' }, 6),
    busy: await c('忙特派', { speciality: '管道防腐', userId: other }, 7),
  };
});
afterAll(() => t?.close());

describe('技术需求对接 (commissioner matching, docs/rules.md §5.1.2)', () => {
  it('an enterprise posts a need; staff get the proposals ranked with reasons, assign one; each side sees it', async () => {
    // 忙特派 already carries an open assignment: the load counts against them.
    const earlier = await ok(await qiye.post(API, need({ problem: '管道防腐工艺需要现场指导，涂层质量不稳定' })));
    await ok(await staff.post(`${API}/${earlier.id}/assign`, { version: earlier.version, commissionerId: ids.busy }));

    const posted = await ok(await qiye.post(API, need()));
    expect(posted).toMatchObject({
      status: 'open',
      enterpriseId: qingLong,
      regionCode: COUNTY,
      contactPhone: '13893212345',
    });
    const staffView = await ok(await staff.get(`${API}/${posted.id}`));
    expect(staffView.contactPhone).toBe('138****2345');
    expect(staffView.history).toEqual([expect.objectContaining({ fromState: null, toState: 'open' })]);

    const res = await staff.get(`${API}/${posted.id}/proposals`);
    expect(res.statusCode, res.body).toBe(200);
    const proposals = res.json().data as { commissionerId: number; reasons: string[]; load: number; score: number }[];
    expect(proposals.map((p) => p.commissionerId)).toEqual([ids.pipe, ids.busy, ids.potato, ids.city]);
    expect(proposals[0].reasons).toEqual([
      '本县区（陇西县）',
      '服务领域一致（工业制造）+40',
      '专长与问题描述相符：“管道防腐” +10',
      '当前无在办对接需求',
    ]);
    expect(proposals[1]).toMatchObject({ load: 1, score: 45 });
    expect(proposals[3].reasons[0]).toBe('本市其他县区（安定区）');

    const assigned = await ok(
      await staff.post(`${API}/${posted.id}/assign`, { version: posted.version, commissionerId: ids.pipe }),
    );
    expect(assigned).toMatchObject({ status: 'assigned', commissionerName: '管特派' });
    const message = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['m.title', 'm.link'])
      .where('u.username', '=', 'tpy')
      .orderBy('m.id', 'desc')
      .executeTakeFirstOrThrow();
    expect(message).toEqual({
      title: '新的对接需求：甘肃青龙管业有限责任公司',
      link: `/commissioner/my-assignments?ids=${posted.id}`,
    });

    const mine = (await tpy.get(API)).json();
    expect(mine.data.map((n: { id: number }) => n.id)).toEqual([posted.id]);
    expect(mine.data[0].contactPhone).toBe('13893212345');
    const theirs = (await qiye.get(`${API}?status=assigned`)).json();
    expect(theirs.data.map((n: { id: number; commissionerName: string }) => [n.id, n.commissionerName])).toEqual([
      [posted.id, '管特派'],
      [earlier.id, '忙特派'],
    ]);

    // The commissioner marks it done with a note; the enterprise closes it.
    const done = await ok(
      await tpy.post(`${API}/${posted.id}/complete`, {
        version: assigned.version,
        note: '现场指导两次，调整了喷涂温度',
      }),
    );
    expect(done).toMatchObject({ status: 'done', doneNote: '现场指导两次，调整了喷涂温度' });
    const closed = await ok(
      await qiye.post(`${API}/${posted.id}/close`, { version: done.version, note: '问题已解决' }),
    );
    expect(closed.status).toBe('closed');

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('object_type', '=', 'commissioner_need')
      .where('object_id', '=', String(posted.id))
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'commissioner.need.create', actor_name: 'qiye' },
      { action: 'commissioner.need.assign', actor_name: 'staff' },
      { action: 'commissioner.need.complete', actor_name: 'tpy' },
      { action: 'commissioner.need.close', actor_name: 'qiye' },
    ]);
    const events = await t.db
      .selectFrom('enterprise_event')
      .select(['kind', 'title'])
      .where('ref_type', '=', 'commissioner_need')
      .where('ref_id', '=', posted.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['need-posted', 'need-assigned', 'need-done', 'need-closed']);
    expect(events[1].title).toBe('技术需求已指派科技特派员：管特派');
    const history = (await ok(await qiye.get(`${API}/${posted.id}`))).history as { toState: string }[];
    expect(history.map((h) => h.toState)).toEqual(['open', 'assigned', 'done', 'closed']);
  });

  it('keeps each to their own: another enterprise, another commissioner, another county, the leader', async () => {
    const posted = await ok(await qiye.post(API, need({ problem: '管材生产线能耗偏高，需要节能改造方案' })));
    await ok(await staff.post(`${API}/${posted.id}/assign`, { version: posted.version, commissionerId: ids.pipe }));
    expect((await otherEnterprise.get(API)).json().data).toEqual([]);
    expect((await otherEnterprise.get(`${API}/${posted.id}`)).statusCode).toBe(403);
    expect((await otherCommissioner.get(`${API}/${posted.id}`)).statusCode).toBe(403);
    expect((await otherCommissioner.get(API)).json().data.some((n: { id: number }) => n.id === posted.id)).toBe(false);
    expect(
      (await otherCommissioner.post(`${API}/${posted.id}/complete`, { version: 2, note: '越权办结' })).statusCode,
    ).toBe(403);
    expect((await otherStaff.get(API)).json().data).toEqual([]);
    expect((await otherStaff.get(`${API}/${posted.id}`)).statusCode).toBe(403);
    expect((await otherStaff.get(`${API}/${posted.id}/proposals`)).statusCode).toBe(403);
    expect((await otherStaff.post(`${API}/${posted.id}/close`, { version: 2 })).statusCode).toBe(403);
    expect((await (await t.as('leader')).get(API)).statusCode).toBe(403);
    // Each moves only what the state table gives them.
    expect((await qiye.post(`${API}/${posted.id}/assign`, { version: 2, commissionerId: ids.pipe })).statusCode).toBe(
      403,
    );
    expect((await qiye.post(`${API}/${posted.id}/complete`, { version: 2, note: '企业自己办结' })).statusCode).toBe(
      403,
    );
    expect((await tpy.post(`${API}/${posted.id}/close`, { version: 2 })).statusCode).toBe(403);
    expect((await otherEnterprise.post(API, need({ enterpriseId: qingLong }))).statusCode).toBe(403);
    const still = await ok(await staff.get(`${API}/${posted.id}`));
    expect(still).toMatchObject({ status: 'assigned', version: 2 });
  });

  it('refuses bad input naming the field, a commissioner out of term or city, and a move the state forbids', async () => {
    const refusal = async (client: TestClient, url: string, body: Record<string, unknown>) => {
      const res = await client.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error as { message: string; details?: { field: string }[] };
    };
    expect((await refusal(qiye, API, need({ field: 'nonsense' }))).details?.[0].field).toBe('field');
    expect((await refusal(qiye, API, need({ problem: '太短' }))).message).toContain('问题描述至少 10 个字');
    expect((await refusal(qiye, API, need({ contactPhone: '123' }))).message).toContain('联系电话');
    expect((await refusal(staff, API, need())).details?.[0].field).toBe('enterpriseId');
    const byStaff = await ok(
      await staff.post(API, need({ enterpriseId: qingLong, problem: '代企业发布：管道焊缝检测方法咨询' })),
    );
    expect(byStaff.enterpriseId).toBe(qingLong);
    for (const id of [ids.expired, ids.applied, ids.lanzhou]) {
      const refused = await refusal(staff, `${API}/${byStaff.id}/assign`, {
        version: byStaff.version,
        commissionerId: id,
      });
      expect(refused.details?.[0].field).toBe('commissionerId');
    }
    const fresh = await ok(await staff.get(`${API}/${byStaff.id}`));
    expect(fresh).toMatchObject({ status: 'open', version: 1 });
    expect((await staff.post(`${API}/${byStaff.id}/complete`, { version: 1, note: '未指派不能办结' })).statusCode).toBe(
      409,
    );
    // The enterprise withdraws an open need; nothing more may happen to it.
    const withdrawn = await ok(await qiye.post(`${API}/${byStaff.id}/close`, { version: 1, note: '已自行解决' }));
    expect(withdrawn.status).toBe('closed');
    expect(
      (await staff.post(`${API}/${byStaff.id}/assign`, { version: withdrawn.version, commissionerId: ids.pipe }))
        .statusCode,
    ).toBe(409);
    expect((await staff.post(`${API}/${byStaff.id}/close`, { version: 1 })).statusCode).toBe(409);
  });
});
