import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import {
  API,
  COUNTY,
  OTHER_COUNTY,
  countyEnterprises,
  eventBody,
  insertCommissioners,
  insertPlatform,
  otherCountyStaff,
} from './service-event.test-support';

let t: TestApp;
let staff: TestClient;
let other: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  other = await otherCountyStaff(t, 'service_event_other');
});
afterAll(() => t?.close());

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(`${API}/events`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const refusal = async (res: { statusCode: number; json: () => { error: { message: string; details?: unknown } } }) => {
  expect(res.statusCode).toBe(400);
  return res.json().error.message;
};

describe('科技服务活动 (module service-event): events and their status', () => {
  it('registers an event (计划) and lists it with filters; a leader reads but may not write', async () => {
    const a = await create(staff, eventBody('列表测试宣讲', '2018-03-15', { endOn: '2018-03-16' }));
    expect(a).toMatchObject({
      title: '列表测试宣讲',
      kind: 'policy_service',
      kindLabel: '政策宣讲/进企业送服务',
      coOrganisers: ['甘肃省生产力促进中心'],
      status: 'planned',
      regionName: '陇西县',
      enterpriseCount: 0,
      personsReached: 0,
    });
    const b = await create(staff, eventBody('列表测试培训', '2018-04-01', { kind: 'training', coOrganisers: [] }));
    const list = (q: string) => staff.get(`${API}/events?year=2018&${q}`).then((r) => r.json());
    expect((await list('kind=training')).data.map((x: { id: number }) => x.id)).toEqual([b.id]);
    expect((await list('keyword=列表测试&sort=startOn&order=ascend')).data.map((x: { id: number }) => x.id)).toEqual([
      a.id,
      b.id,
    ]);
    expect((await list(`ids=${a.id}`)).total).toBe(1);
    const detail = (await staff.get(`${API}/events/${a.id}`)).json();
    expect(detail).toMatchObject({ id: a.id, attendees: [], history: [{ fromState: null, toState: 'planned' }] });

    const leader = await t.as('leader');
    expect((await leader.get(`${API}/events/${a.id}`)).statusCode).toBe(200);
    expect((await leader.post(`${API}/events`, eventBody('领导不能新增', '2018-01-01'))).statusCode).toBe(403);
    expect((await leader.post(`${API}/events/${a.id}/transition`, { to: 'held', version: 1 })).statusCode).toBe(403);
    expect((await leader.post(`${API}/events/${a.id}/attendees`, { persons: [{ name: '领导添加' }] })).statusCode).toBe(
      403,
    );
  });

  it('refuses 结束日期 before 开始日期, an unknown kind, a 科普基地 of the wrong kind, on create and edit', async () => {
    expect(
      await refusal(await staff.post(`${API}/events`, eventBody('日期测试', '2018-05-02', { endOn: '2018-05-01' }))),
    ).toContain('结束日期不能早于开始日期');
    expect(
      await refusal(await staff.post(`${API}/events`, eventBody('类别测试', '2018-05-02', { kind: 'party' }))),
    ).toContain('活动类别');
    expect(await refusal(await staff.post(`${API}/events`, eventBody('甲', '2018-05-02')))).toContain(
      '活动名称至少 2 个字',
    );
    const incubator = await insertPlatform(t, '测试孵化器', 'incubator');
    const base = await insertPlatform(t, '测试科普基地', 'popsci_base');
    const openDay = { kind: 'popsci_open_day', platformId: incubator };
    const wrong = await staff.post(`${API}/events`, eventBody('开放日测试', '2018-05-02', openDay));
    expect(await refusal(wrong)).toContain('科普基地：“测试孵化器”不是科普基地类平台');
    expect(wrong.json().error.details).toEqual([expect.objectContaining({ field: 'platformId' })]);
    expect(
      await refusal(await staff.post(`${API}/events`, eventBody('宣讲带基地', '2018-05-02', { platformId: base }))),
    ).toContain('只有科普开放日可以填写科普基地');
    const elsewhere = await insertPlatform(t, '安定测试科普基地', 'popsci_base', OTHER_COUNTY);
    expect(
      await refusal(
        await staff.post(`${API}/events`, eventBody('外县基地', '2018-05-02', { ...openDay, platformId: elsewhere })),
      ),
    ).toContain('科普基地：活动所属县区内没有所选平台');
    const ok = await create(staff, eventBody('开放日测试', '2018-05-02', { ...openDay, platformId: base }));
    expect(ok).toMatchObject({ platformId: base, platformName: '测试科普基地' });

    const bad = await staff.put(`${API}/events/${ok.id}`, { version: ok.version, endOn: '2018-05-01' });
    expect(await refusal(bad)).toContain('结束日期不能早于开始日期');
    const after = (await staff.get(`${API}/events/${ok.id}`)).json();
    expect(after).toMatchObject({ endOn: '2018-05-02', version: ok.version });
    const edited = await staff.put(`${API}/events/${ok.id}`, { version: ok.version, endOn: '2018-05-04' });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await staff.put(`${API}/events/${ok.id}`, { version: ok.version, outcome: '覆盖' });
    expect(stale.statusCode).toBe(409);
  });

  it('moves 计划 → 已举办, or 取消 with a reason; a final state moves no more; each move has its history and audit', async () => {
    const e = await create(staff, eventBody('状态测试', '2018-06-01'));
    const noReason = await staff.post(`${API}/events/${e.id}/transition`, { to: 'cancelled', version: e.version });
    expect(await refusal(noReason)).toContain('须填写原因');
    const held = await staff.post(`${API}/events/${e.id}/transition`, { to: 'held', version: e.version });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', version: e.version + 1 });
    const again = await staff.post(`${API}/events/${e.id}/transition`, {
      to: 'cancelled',
      reason: '改期',
      version: e.version + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('活动状态不能从“已举办”变为“取消”');

    const c = await create(staff, eventBody('取消测试', '2018-06-02'));
    const cancelled = await staff.post(`${API}/events/${c.id}/transition`, {
      to: 'cancelled',
      reason: '疫情防控',
      version: 1,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusReason: '疫情防控' });
    const detail = (await staff.get(`${API}/events/${c.id}`)).json();
    expect(detail.history.map((h: { toState: string }) => h.toState)).toEqual(['planned', 'cancelled']);
    expect(
      (await staff.post(`${API}/events/${c.id}/attendees`, { persons: [{ name: '取消后添加' }] })).statusCode,
    ).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'service_event')
      .where('object_id', '=', String(c.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['service-event.create', 'service-event.transition']);
  });
});

describe('科技服务活动: attendees and counts', () => {
  it('adds enterprises picked from the register, commissioners and a person; counts them; writes the timeline', async () => {
    const e = await create(staff, eventBody('参加测试', '2018-07-01', { kind: 'training', coOrganisers: [] }));
    const [a, b, c] = await countyEnterprises(t, 3);
    const [cm] = await insertCommissioners(t, [{ name: '测特派', level: 'county', batch: '第一批' }]);
    const res = await staff.post(`${API}/events/${e.id}/attendees`, {
      enterprises: [
        { enterpriseId: a.id, representative: '王*一', post: '总经理' },
        { enterpriseId: b.id },
        { enterpriseId: c.id, representative: '李*三', post: '技术负责人' },
      ],
      commissionerIds: [cm],
      persons: [{ name: '赵老师', unit: '陇西县第一中学', phone: '13812341234' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ added: 5 });
    const detail = (await staff.get(`${API}/events/${e.id}`)).json();
    expect(detail).toMatchObject({ enterpriseCount: 3, commissionerCount: 1, personCount: 1, personsReached: 5 });
    expect(
      detail.attendees.map((x: { kind: string; name: string | null; unit: string | null }) => [x.kind, x.name, x.unit]),
    ).toEqual([
      ['enterprise', '王*一', a.name],
      ['enterprise', null, b.name],
      ['enterprise', '李*三', c.name],
      ['commissioner', '测特派', null],
      ['person', '赵老师', '陇西县第一中学'],
    ]);
    expect(detail.attendees[4].phoneMasked).toBe('138****1234');
    expect(JSON.stringify(detail)).not.toContain('13812341234');
    const timeline = await t.db
      .selectFrom('enterprise_event')
      .select(['enterprise_id', 'module', 'title'])
      .where('ref_type', '=', 'service_event')
      .where('ref_id', '=', e.id)
      .orderBy('enterprise_id')
      .execute();
    expect(timeline.map((x) => x.enterprise_id)).toEqual([a.id, b.id, c.id].sort((x, y) => x - y));
    expect(timeline[0]).toMatchObject({ module: 'service-event', title: '参加培训班：参加测试' });

    // The list by commissioner (the commissioner's page links here: 参加培训).
    const byCommissioner = (await staff.get(`${API}/events?commissionerId=${cm}`)).json();
    expect(byCommissioner.data.map((x: { id: number }) => x.id)).toEqual([e.id]);
    // An enterprise already attending is refused, naming 参加企业; nothing is written.
    const dup = await staff.post(`${API}/events/${e.id}/attendees`, {
      enterprises: [{ enterpriseId: a.id }],
      persons: [{ name: '不应写入' }],
    });
    expect(await refusal(dup)).toContain('参加企业');
    // Removing a mistaken pick.
    const person = detail.attendees[4];
    expect((await staff.del(`${API}/events/${e.id}/attendees/${person.id}`)).statusCode).toBe(200);
    expect((await staff.get(`${API}/events/${e.id}`)).json()).toMatchObject({ personCount: 0, personsReached: 4 });
  });

  it('refuses an enterprise outside the event’s county, naming 参加企业', async () => {
    const outside = await t.db
      .insertInto('enterprise')
      .values({
        region_code: OTHER_COUNTY,
        name: '安定活动测试企业',
        name_initials: 'adhdcsqy',
        name_pinyin: 'andinghuodongceshiqiye',
        credit_code: '91621102MA7EVNT01X',
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = await create(staff, eventBody('区域测试', '2018-07-02'));
    const res = await staff.post(`${API}/events/${e.id}/attendees`, { enterprises: [{ enterpriseId: outside.id }] });
    expect(await refusal(res)).toContain('参加企业：安定活动测试企业 不在活动所属县区（陇西县）内');
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'enterprises' })]);
    expect((await staff.get(`${API}/events/${e.id}`)).json().attendees).toEqual([]);
  });

  it('keeps another county’s staff out: no list, no read, no edit, no move, no attendee', async () => {
    const e = await create(staff, eventBody('本县活动', '2018-08-01'));
    const theirs = await create(other, { ...eventBody('安定区活动', '2018-08-01'), regionCode: OTHER_COUNTY });
    const list = (await other.get(`${API}/events?pageSize=200`)).json();
    expect(list.data.map((x: { id: number }) => x.id)).toEqual([theirs.id]);
    expect((await other.get(`${API}/events/${e.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/events/${e.id}`, { version: e.version, outcome: '越权' })).statusCode).toBe(403);
    expect((await other.put(`${API}/events/${e.id}`, { version: e.version + 3, outcome: '越权' })).statusCode).toBe(
      403,
    );
    expect((await other.post(`${API}/events/${e.id}/transition`, { to: 'held', version: e.version })).statusCode).toBe(
      403,
    );
    expect((await other.post(`${API}/events/${e.id}/attendees`, { persons: [{ name: '越权人员' }] })).statusCode).toBe(
      403,
    );
    expect((await other.post(`${API}/events`, eventBody('越权新增', '2018-08-01'))).statusCode).toBe(403);
    expect((await other.get(`${API}/attendees?eventId=${e.id}`)).json().total).toBe(0);
  });

  it('exports the filtered list with its counts and audits the export', async () => {
    await create(staff, eventBody('导出测试活动', '2018-09-09'));
    const res = await staff.get(`${API}/events/export?keyword=导出测试活动`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('导出测试活动');
    expect(text).toContain('参加人数（人）');
    expect(text).not.toContain('列表测试宣讲');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details', 'region_code'])
      .where('action', '=', 'service-event.export')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ region_code: COUNTY, details: { rows: 1, filter: { keyword: '导出测试活动' } } });
  });

  it('keeps materials and photos on the attachments kit: a non-image photo is refused; another county may not add', async () => {
    const e = await create(staff, eventBody('照片测试', '2018-10-10'));
    const base = `/api/v1/attachments/service-event.event/${e.id}`;
    const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    expect((await staff.upload(`${base}?slot=photo`, '现场.jpg', JPG)).statusCode).toBe(200);
    expect((await staff.upload(`${base}?slot=material`, '通知.pdf', PDF)).statusCode).toBe(200);
    const notImage = await staff.upload(`${base}?slot=photo`, '签到表.pdf', PDF);
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json().error.message).toContain('“现场照片”只接受 JPEG 图片、PNG 图片');
    const list = (await staff.get(base)).json();
    expect(list.items.map((f: { slot: string; fileName: string }) => [f.slot, f.fileName]).sort()).toEqual([
      ['material', '通知.pdf'],
      ['photo', '现场.jpg'],
    ]);
    expect((await other.upload(`${base}?slot=photo`, '越权.jpg', JPG)).statusCode).toBe(403);
    expect((await other.get(base)).statusCode).toBe(403);
    const leader = await t.as('leader');
    expect((await leader.get(base)).statusCode).toBe(200);
    expect((await leader.upload(`${base}?slot=photo`, '领导.jpg', JPG)).statusCode).toBe(403);
  });
});
