import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday } from '@kechuang/domain';
import { factsOf, factsWhere } from '../../../../test/facts';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/harness';
import { addAccount, idByName } from '../../tech-platform/evaluation/evaluation.test-support';
import { invalidateParams } from '../../../platform/params/params.repository';
import { sendPaceReminders } from './pace-reminders';
import { addCommissioner, insertLog, LOG_API, logBody, OTHER_COUNTY } from './service-log.test-support';
import { clearDemoRoster } from '../commissioner.test-support';

const today = chinaToday();
const Y = Number(today.slice(0, 4));
const d = (md: string) => `${Y}-${md}`;

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let otherStaff: TestClient;
let tpy: TestClient;
let tpyB: TestClient;
let tpyC: TestClient;
let tpyE: TestClient;
let a: number;
let b: number;
let dingfeng: number;

beforeAll(async () => {
  t = await createTestApp();
  // This file builds its own roster: the demo's commissioners would join every list and count.
  await clearDemoRoster(t.db);
  staff = await t.as('staff');
  leader = await t.as('leader');
  otherStaff = await addAccount(t, 'log_other_staff', { role: 'staff', regionCode: OTHER_COUNTY });
  tpyB = await addAccount(t, 'log_tpy_b', { role: 'commissioner' });
  tpyC = await addAccount(t, 'log_tpy_c', { role: 'commissioner' });
  tpyE = await addAccount(t, 'log_tpy_e', { role: 'commissioner', regionCode: OTHER_COUNTY });
  tpy = await t.as('tpy');
  a = await addCommissioner(t, { name: '赵立新', username: 'tpy' });
  b = await addCommissioner(t, { name: '钱进', username: 'log_tpy_b', level: 'province' });
  await addCommissioner(t, { name: '孙申请', username: 'log_tpy_c', status: 'applied' });
  await addCommissioner(t, { name: '李外县', username: 'log_tpy_e', regionCode: OTHER_COUNTY });
  dingfeng = await idByName(t, 'enterprise', '甘肃鼎丰马铃薯种业有限公司');
});
afterAll(() => t?.close());

// A schema refusal names the field after the part of the request ('请求内容 · reason'); a use case's names it alone.
const fieldOf = (res: { json(): { error: { details?: { field: string }[] } } }) =>
  res.json().error.details?.[0]?.field.replace(/^请求内容 · /, '');
const mine = async (c: TestClient) => (await c.get(`${LOG_API}/mine`)).json().counters[0];

describe('a commissioner records service logs (docs/rules.md §5.1.1)', () => {
  let logId: number;

  it('records a day at an enterprise of the register: 待确认, audited, on the enterprise timeline', async () => {
    const res = await tpy.post(LOG_API, logBody(d('01-12'), { enterpriseId: dingfeng, objectName: null }));
    expect(res.statusCode, res.body).toBe(200);
    const log = res.json();
    logId = log.id;
    expect(log).toMatchObject({
      commissionerName: '赵立新',
      status: 'pending',
      statusLabel: '待确认',
      enterpriseName: '甘肃鼎丰马铃薯种业有限公司',
      objectName: '甘肃鼎丰马铃薯种业有限公司',
      days: 1,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'commissioner_service_log')
      .where('object_id', '=', String(logId))
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['commissioner.service-log.create']);
    const events = await t.db
      .selectFrom('enterprise_event')
      .select(['module', 'kind'])
      .where('enterprise_id', '=', dingfeng)
      .where('ref_id', '=', logId)
      .where('module', '=', 'commissioner')
      .execute();
    expect(events).toEqual([{ module: 'commissioner', kind: 'service-log' }]);
  });

  it('takes a named entity with a location, and half days up to one day a date', async () => {
    const half = logBody(d('01-20'), { days: 0.5, latitude: 35.0012, longitude: 104.6345 });
    expect((await tpy.post(LOG_API, half)).statusCode).toBe(200);
    expect((await tpy.post(LOG_API, half)).statusCode).toBe(200);
    const third = await tpy.post(LOG_API, half);
    expect(third.statusCode).toBe(400);
    expect(fieldOf(third)).toBe('days');
    expect(third.json().error.message).toContain('同一天合计不能超过 1 天');
    const full = await tpy.post(LOG_API, logBody(d('01-12')));
    expect(fieldOf(full)).toBe('days');
  });

  it('refuses, naming the field: a future date, a date outside the term, no object, not appointed, another region', async () => {
    const future = await tpy.post(LOG_API, logBody(addDays(today, 1)));
    expect([future.statusCode, fieldOf(future)]).toEqual([400, 'servedOn']);
    expect(future.json().error.message).toContain('晚于今天');
    const beforeTerm = await tpy.post(LOG_API, logBody('2021-12-31'));
    expect([beforeTerm.statusCode, fieldOf(beforeTerm)]).toEqual([400, 'servedOn']);
    expect(beforeTerm.json().error.message).toContain('不在聘期');
    const noObject = await tpy.post(LOG_API, logBody(d('01-13'), { objectName: null }));
    expect([noObject.statusCode, fieldOf(noObject)]).toEqual([400, 'objectName']);
    const badDays = await tpy.post(LOG_API, logBody(d('01-13'), { days: 2 }));
    expect([badDays.statusCode, fieldOf(badDays)]).toEqual([400, 'days']);
    const applied = await tpyC.post(LOG_API, logBody(d('01-13')));
    expect([applied.statusCode, fieldOf(applied)]).toEqual([400, 'commissionerId']);
    expect(applied.json().error.message).toContain('不是在聘科技特派员');
    const outside = await tpyE.post(LOG_API, logBody(d('01-13'), { enterpriseId: dingfeng }));
    expect([outside.statusCode, fieldOf(outside)]).toEqual([400, 'enterpriseId']);
    expect((await staff.post(LOG_API, logBody(d('01-13')))).statusCode).toBe(403);
    const count = await t.db
      .selectFrom('commissioner_service_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('served_on', '=', d('01-13'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('lets each commissioner see only their own logs; staff of the county see all; another county none', async () => {
    const own = (await tpy.get(`${LOG_API}?year=${Y}`)).json();
    expect(own.total).toBe(3);
    expect((await tpyB.get(`${LOG_API}?year=${Y}`)).json().total).toBe(0);
    expect((await tpyB.get(`${LOG_API}/${logId}`)).statusCode).toBe(403);
    const edit = await tpyB.put(`${LOG_API}/${logId}`, { log: logBody(d('01-12')), version: 1 });
    expect(edit.statusCode).toBe(403);
    expect((await staff.get(`${LOG_API}?year=${Y}&commissionerId=${a}`)).json().total).toBe(3);
    expect((await leader.get(`${LOG_API}/${logId}`)).statusCode).toBe(200);
    expect((await otherStaff.get(`${LOG_API}?year=${Y}`)).json().total).toBe(0);
    expect((await otherStaff.get(`${LOG_API}/${logId}`)).statusCode).toBe(403);
  });

  it('is returned with a reason, edited and resubmitted, then confirmed; a confirmed log is closed', async () => {
    const noReason = await staff.post(`${LOG_API}/${logId}/review`, { to: 'returned', version: 1 });
    expect([noReason.statusCode, fieldOf(noReason)]).toEqual([400, 'reason']);
    expect((await leader.post(`${LOG_API}/${logId}/review`, { to: 'confirmed', version: 1 })).statusCode).toBe(403);
    expect((await otherStaff.post(`${LOG_API}/${logId}/review`, { to: 'confirmed', version: 1 })).statusCode).toBe(403);
    const returned = await staff.post(`${LOG_API}/${logId}/review`, {
      to: 'returned',
      reason: '请补充培训人数',
      version: 1,
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充培训人数', version: 2 });
    const msg = await t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select('m.title')
      .where('u.username', '=', 'tpy')
      .where('m.title', 'like', '服务日志已退回%')
      .execute();
    expect(msg).toHaveLength(1);
    const confirmReturned = await staff.post(`${LOG_API}/${logId}/review`, { to: 'confirmed', version: 2 });
    expect(confirmReturned.statusCode).toBe(409);
    const resubmit = await tpy.put(`${LOG_API}/${logId}`, {
      log: logBody(d('01-12'), { enterpriseId: dingfeng, objectName: null, trainedCount: 15 }),
      version: 2,
    });
    expect(resubmit.json()).toMatchObject({ status: 'pending', returnReason: null, trainedCount: 15 });
    const stale = await staff.post(`${LOG_API}/${logId}/review`, { to: 'confirmed', version: 2 });
    expect(stale.statusCode).toBe(409);
    const confirmed = await staff.post(`${LOG_API}/${logId}/review`, { to: 'confirmed', version: 3 });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', statusLabel: '已确认', reviewedOn: today });
    const detail = (await tpy.get(`${LOG_API}/${logId}`)).json();
    expect(detail.history.map((h: { toLabel: string }) => h.toLabel)).toEqual(['待确认', '已退回', '待确认', '已确认']);
    expect((await tpy.put(`${LOG_API}/${logId}`, { log: logBody(d('01-12')), version: 4 })).statusCode).toBe(409);
  });
});

describe('photos of a log (attachments kit, slot photo)', () => {
  const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
  let id: number;
  const photos = (logId: number) => `/api/v1/attachments/commissioner.service-log/${logId}?slot=photo`;

  it('takes JPEG photos from the commissioner, counted on the log; refuses a PDF and a file too large', async () => {
    id = (await tpy.post(LOG_API, logBody(d('02-03')))).json().id;
    const up = await tpy.upload(photos(id), '现场.jpg', JPG);
    expect(up.statusCode, up.body).toBe(200);
    expect((await tpy.get(`${LOG_API}/${id}`)).json().log.photos).toBe(1);
    const pdf = await tpy.upload(photos(id), '材料.pdf', PDF);
    expect(pdf.statusCode).toBe(400);
    await t.db.updateTable('sys_param').set({ value: '1' }).where('key', '=', 'system.upload_max_mb').execute();
    invalidateParams();
    const big = await tpy.upload(photos(id), '大图.jpg', Buffer.concat([JPG, Buffer.alloc(1024 * 1024 + 1, 1)]));
    expect(big.statusCode).toBe(400);
    await t.db.updateTable('sys_param').set({ value: '20' }).where('key', '=', 'system.upload_max_mb').execute();
    invalidateParams();
  });

  it('lets staff see them but not add; another commissioner neither; none once the log is confirmed', async () => {
    expect((await staff.get(`/api/v1/attachments/commissioner.service-log/${id}`)).statusCode).toBe(200);
    expect((await staff.upload(photos(id), 'x.jpg', JPG)).statusCode).toBe(403);
    expect((await tpyB.get(`/api/v1/attachments/commissioner.service-log/${id}`)).statusCode).toBe(403);
    expect((await tpyB.upload(photos(id), 'x.jpg', JPG)).statusCode).toBe(403);
    await staff.post(`${LOG_API}/${id}/review`, { to: 'confirmed', version: 1 });
    expect((await tpy.upload(photos(id), 'x.jpg', JPG)).statusCode).toBe(409);
  });
});

describe('the day counter', () => {
  it('counts confirmed and pending days of the year (half days too) against the level’s minimum', async () => {
    // Year boundary: the last day of last year counts for last year only.
    await insertLog(t, a, `${Y - 1}-12-31`);
    await insertLog(t, a, `${Y}-01-02`, { days: '0.5' });
    const c = await mine(tpy);
    expect(c).toMatchObject({ name: '赵立新', year: Y, confirmedDays: 2.5, pendingDays: 1, minServiceDays: 30 });
    const last = (await staff.get(`/api/v1/commissioner/service-days?year=${Y - 1}`)).json();
    expect(last.data.find((r: { commissionerId: number }) => r.commissionerId === a)).toMatchObject({
      confirmedDays: 1,
      pendingDays: 0,
    });
  });

  it('lists the county’s commissioners with their counters, sortable, filtered to those behind', async () => {
    await insertLog(t, b, `${Y}-01-03`);
    const list = (
      await staff.get(`/api/v1/commissioner/service-days?year=${Y}&sort=confirmedDays&order=descend`)
    ).json();
    expect(list.data.map((r: { name: string }) => r.name)).toEqual(['赵立新', '钱进']);
    expect(list.data[1]).toMatchObject({ minServiceDays: 60, levelLabel: '省级' });
    const behind = (await staff.get(`/api/v1/commissioner/service-days?year=${Y}&behind=true`)).json();
    expect(behind.total).toBe(today >= `${Y}-03-01` ? 2 : behind.total);
    expect(
      (await otherStaff.get(`/api/v1/commissioner/service-days?year=${Y}`))
        .json()
        .data.map((r: { name: string }) => r.name),
    ).toEqual(['李外县']);
    expect((await tpy.get(`/api/v1/commissioner/service-days?year=${Y}`)).statusCode).toBe(403);
  });
});

describe('the pace reminder', () => {
  const reminders = (username: string) =>
    t.db
      .selectFrom('message as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['m.title', 'm.body'])
      .where('u.username', '=', username)
      .where('m.category', '=', 'deadline')
      .where((eb) =>
        eb.or([eb('m.title', 'like', '服务天数落后进度%'), eb('m.title', 'like', '%名科技特派员服务天数落后进度')]),
      )
      .execute();

  it('is not due early in the year for a commissioner on pace, is for one behind', async () => {
    // On 1 January the pace asks for 30 × 1/365 days: 赵立新 (3.5 logged) is on pace, 钱进 (60 a year, 1 logged) too;
    // 李外县 (another county, nothing logged) is behind.
    expect(await sendPaceReminders(t.db, `${Y}-01-01`)).toBe(1);
    expect(await reminders('tpy')).toHaveLength(0);
  });

  it('reminds those behind and the county’s staff, at most once a week', async () => {
    const mid = `${Y}-07-01`;
    expect(await sendPaceReminders(t.db, mid)).toBe(3);
    const own = await reminders('tpy');
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toContain('落后');
    const summary = await reminders('staff');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.title).toBe('2 名科技特派员服务天数落后进度');
    expect(await reminders('log_other_staff')).toHaveLength(2);
    expect(await sendPaceReminders(t.db, addDays(mid, 6))).toBe(0);
    expect(await sendPaceReminders(t.db, addDays(mid, 7))).toBe(3);
    expect(await reminders('tpy')).toHaveLength(2);
  });
});

describe('the facts', () => {
  it('states the confirmed service days of the year by level, with the logs behind them, and none elsewhere', async () => {
    const facts = factsWhere(await factsOf(staff, String(Y)), 'commissioner.service-days');
    expect(facts.map((f) => [f.dimensions.level, f.value, f.unit])).toEqual([
      ['county', '2.5', '天'],
      ['province', '1', '天'],
    ]);
    expect(facts[0]!.recordIds).toHaveLength(3);
    expect(facts[0]!.link).toBe(`/commissioner/service-logs?ids=${facts[0]!.recordIds.join(',')}`);
    const listed = (await staff.get(`${LOG_API}?ids=${facts[0]!.recordIds.join(',')}`)).json();
    expect(listed.total).toBe(3);
    expect(factsWhere(await factsOf(otherStaff, String(Y)), 'commissioner.service-days')).toEqual([]);
  });
});
