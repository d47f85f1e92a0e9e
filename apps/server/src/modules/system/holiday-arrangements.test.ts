import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { HOLIDAY_TABLE_ALERT_JOB } from './send-holiday-table-alerts';

let t: TestApp;
let admin: TestClient;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  staff = await t.as('staff');
});
afterAll(() => t?.close());

const WARNING_2027 = '2027 年国务院节假日安排尚未录入，按法定节假日规则推算，可能与正式安排（含调休）不同';
// Test data, not the real 2027 notice: 元旦 from Thursday 2026-12-31 to Sunday 2027-01-03.
const ARRANGEMENT_2027 = {
  year: 2027,
  noticeNo: '国办发明电〔2026〕测试号',
  noticeTitle: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  noticeUrl: 'https://www.gov.cn/zhengce/test-2027.htm',
  holidays: [
    { name: '元旦', from: '2026-12-31', to: '2027-01-03', workdays: [] },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', workdays: ['2027-02-13'] },
  ],
};

const rows = () => t.db.selectFrom('holiday_arrangement').select('year').orderBy('year').execute();
const audits = (action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
const runAlert = async (today: string) => {
  const id = await t.app.jobs.enqueue({
    type: HOLIDAY_TABLE_ALERT_JOB,
    title: '节假日安排到期提醒',
    payload: { today },
    createdBy: null,
  });
  await t.app.jobs.drain();
  const job = await t.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  expect(job.status, String(job.message)).toBe('succeeded');
  return job.result as { sent: number; lastYear: number | null; daysLeft: number | null };
};
const alertsOf = (username: string) =>
  t.db
    .selectFrom('message as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.title', 'm.body', 'm.link'])
    .where('u.username', '=', username)
    .where('m.category', '=', 'alert')
    .where('m.link', '=', '/system/holiday')
    .execute();
const provincialQualificationIds = async () =>
  (await staff.get('/api/v1/qualifications?tier=provincial_innovative&stage=recommended'))
    .json()
    .data.map((q: { id: number }) => q.id);
const noticeFrom = async (startDate: string) =>
  staff.post('/api/v1/notices', {
    title: '关于拟推荐省级科技创新型企业名单的公示',
    basis: '经企业申报、县级审核、专家评审，拟推荐以下企业，现予公示。',
    startDate,
    workingDays: 10,
    qualificationIds: await provincialQualificationIds(),
  });

describe('the holiday table is data the system administrator keeps', () => {
  it('ships the 2022–2026 arrangements with their notices', async () => {
    const res = await admin.get('/api/v1/holiday-arrangements');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.map((a: { year: number }) => a.year)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(list[0]).toMatchObject({ noticeNo: '国办发明电〔2025〕7号', version: 1 });
    expect(list[0].holidays[1]).toEqual({
      name: '春节',
      from: '2026-02-15',
      to: '2026-02-23',
      workdays: ['2026-02-14', '2026-02-28'],
    });
  });

  it('refuses every other role (403), and writes nothing', async () => {
    for (const who of ['staff', 'leader', 'secadmin', 'auditor', 'qiye', 'tpy', 'expert']) {
      const c = who === 'staff' ? staff : await t.as(who);
      expect((await c.get('/api/v1/holiday-arrangements')).statusCode, who).toBe(403);
      expect((await c.post('/api/v1/holiday-arrangements', ARRANGEMENT_2027)).statusCode, who).toBe(403);
      expect((await c.del('/api/v1/holiday-arrangements/2026?version=1')).statusCode, who).toBe(403);
    }
    expect((await rows()).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it.each([
    [
      'an off range ending before it starts',
      { holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-01', workdays: [] }] },
      '请求内容 · holidays.0.to：第 1 项（春节）放假结束日期 2027-02-01 早于开始日期 2027-02-05',
    ],
    [
      'a date outside the year ±1',
      { holidays: [{ name: '元旦', from: '2025-12-31', to: '2026-01-01', workdays: [] }] },
      '请求内容 · holidays.0.from：第 1 项（元旦）放假开始日期 2025-12-31 不在 2026–2028 年内（2027 年的安排只含前后一年的日期）',
    ],
    [
      'a 调休 day that is not a weekend',
      { holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-12', workdays: ['2027-02-15'] }] },
      '请求内容 · holidays.0.workdays.0：第 1 项（春节）调休上班日 2027-02-15 是周一，不是周末（调休上班日须为周六或周日）',
    ],
    [
      'an impossible date',
      { holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-30', workdays: [] }] },
      '请求内容 · holidays.0.to：第 1 项（春节）放假结束日期 2027-02-30 不存在',
    ],
    [
      'a missing notice number',
      { noticeNo: undefined },
      '请求内容 · noticeNo：请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）',
    ],
    [
      'a blank notice number',
      { noticeNo: '  ' },
      '请求内容 · noticeNo：请填写国务院办公厅通知的文号（如 国办发明电〔2025〕7号）',
    ],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_what, patch, message) => {
    const res = await admin.post('/api/v1/holiday-arrangements', { ...ARRANGEMENT_2027, ...patch });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message });
    expect((await rows()).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(await audits('holiday-arrangement.create')).toHaveLength(0);
  });
});

describe('before 2027 is entered: the year is estimated by rule and the administrators are asked for it', () => {
  it('creates a 10-working-day 公示 started on 2026-12-19, ending 2027-01-04 with the estimate warning', async () => {
    const res = await noticeFrom('2026-12-19');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ endDate: '2027-01-04', workingDays: 10, endDateWarning: WARNING_2027 });
    const listed = (await staff.get('/api/v1/notices')).json().find((n: { id: number }) => n.id === res.json().id);
    expect(listed.endDateWarning).toBe(WARNING_2027);
  });

  it('drafts a project 公示 over the year end with the same warning', async () => {
    const call = (await staff.get('/api/v1/calls?category=central_guide')).json().data[0];
    const res = await staff.post(`/api/v1/calls/${call.id}/notice`, {
      basis: '根据申报指南，经县级审核与专家评审，拟推荐以下项目，现予公示。',
      startDate: '2026-12-19',
      workingDays: 10,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ endDate: '2027-01-04', endDateWarning: WARNING_2027 });
  });

  it('60 days before the table ends (today 2026-12-06, Beijing) it rings the system administrator once', async () => {
    expect(await runAlert('2026-12-06')).toEqual({ sent: 1, lastYear: 2026, daysLeft: 25 });
    const alerts = await alertsOf('admin');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ title: '请录入 2027 年节假日安排', link: '/system/holiday' });
    expect(alerts[0]!.body).toContain('节假日安排只录入到 2026 年，2026-12-31（还有 25 天）之后');
    expect(await alertsOf('staff')).toHaveLength(0);
    // The next day's run does not ring again.
    expect(await runAlert('2026-12-07')).toMatchObject({ sent: 0 });
    expect(await alertsOf('admin')).toHaveLength(1);
  });
});

describe('entering 2027', () => {
  let created: { version: number };

  it('is audited in the same transaction and is what the calendar uses from then on, without a warning', async () => {
    const res = await admin.post('/api/v1/holiday-arrangements', ARRANGEMENT_2027);
    expect(res.statusCode, res.body).toBe(200);
    created = res.json();
    expect(created).toMatchObject({ year: 2027, noticeNo: ARRANGEMENT_2027.noticeNo, version: 1 });
    const [audit] = await audits('holiday-arrangement.create');
    expect(audit).toMatchObject({ object_type: 'holiday_arrangement', object_id: '2027', result: 'success' });
    expect((audit!.after as { notice_no: string }).notice_no).toBe(ARRANGEMENT_2027.noticeNo);
    expect((await admin.post('/api/v1/holiday-arrangements', ARRANGEMENT_2027)).statusCode).toBe(409);

    // 2026-12-31 is now off too, so the same 10 working days end a day later, and nothing is estimated.
    const again = await noticeFrom('2026-12-19');
    expect(again.json()).toMatchObject({ endDate: '2027-01-05', endDateWarning: null });
  });

  it('flags the notice saved before, whose end date the entered arrangement moves', async () => {
    const list = (await staff.get('/api/v1/notices')).json() as { endDate: string; endDateWarning: string | null }[];
    const earlier = list.find((n) => n.endDate === '2027-01-04');
    expect(earlier?.endDateWarning).toBe(
      '按现行节假日安排，10 个工作日应截止于 2027-01-05，与保存的 2027-01-04 不同，请核对',
    );
  });

  it('stops the alert until 60 days before the end of 2027', async () => {
    expect(await runAlert('2026-12-08')).toEqual({ sent: 0, lastYear: 2027, daysLeft: 388 });
    expect(await runAlert('2027-10-31')).toMatchObject({ sent: 0, daysLeft: 61 });
    expect(await runAlert('2027-11-01')).toMatchObject({ sent: 1, daysLeft: 60 });
    expect((await alertsOf('admin')).map((m) => m.title)).toEqual([
      '请录入 2027 年节假日安排',
      '请录入 2028 年节假日安排',
    ]);
  });

  it('edits with the version read (a stale one is refused) and deletes, each audited', async () => {
    const url = '/api/v1/holiday-arrangements/2027';
    const edit = { ...ARRANGEMENT_2027, noticeNo: '国办发明电〔2026〕测试号（更正）', version: created.version };
    const ok = await admin.put(url, edit);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ noticeNo: '国办发明电〔2026〕测试号（更正）', version: 2 });
    expect((await admin.put(url, edit)).statusCode).toBe(409);
    expect((await admin.put(url, { ...edit, year: 2028, version: 2 })).statusCode).toBe(400);
    expect(await audits('holiday-arrangement.update')).toHaveLength(1);

    expect((await admin.del(`${url}?version=1`)).statusCode).toBe(409);
    expect((await admin.del(`${url}?version=2`)).statusCode).toBe(200);
    const [deleted] = await audits('holiday-arrangement.delete');
    expect((deleted!.before as { notice_no: string }).notice_no).toBe('国办发明电〔2026〕测试号（更正）');
    expect((await admin.del(`${url}?version=2`)).statusCode).toBe(404);
    // 2027 is estimated again.
    expect((await noticeFrom('2026-12-19')).json()).toMatchObject({
      endDate: '2027-01-04',
      endDateWarning: WARNING_2027,
    });
  });
});
