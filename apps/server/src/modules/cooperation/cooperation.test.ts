import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { create as createAchievement, form as achievementForm } from '../achievement/achievement.test-support';
import {
  COUNTY,
  enterpriseId,
  extraUser,
  ok,
  OTHER_COUNTY,
  partnerBody,
  PDF,
  projectBody,
  refusal,
  upload,
} from './cooperation.test-support';

const P = '/api/v1/cooperation';
let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let other: TestClient;
let qinglong: number;
let chengtai: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  other = await extraUser(t, { username: 'coop_other', role: 'staff', region: OTHER_COUNTY });
  qinglong = await enterpriseId(t, '甘肃青龙管业有限责任公司');
  chengtai = await enterpriseId(t, '甘肃诚泰药业有限公司');
});
afterAll(() => t?.close());

const events = (enterprise: number) =>
  t.db
    .selectFrom('enterprise_event')
    .select(['kind', 'title', 'ref_id', 'ref_type'])
    .where('enterprise_id', '=', enterprise)
    .where('module', '=', 'cooperation')
    .orderBy('id')
    .execute();

describe('合作单位 (partner institutions)', () => {
  it('registers a partner, masks its contact phone in the list, and audits the full-number read', async () => {
    const p = await ok(staff, `${P}/partners`, partnerBody('测试农业大学', { address: '外省某市' }));
    expect(p).toMatchObject({
      name: '测试农业大学',
      kind: 'university',
      kindLabel: '高等院校',
      contactPhone: '139****5678',
    });
    const listed = (await staff.get(`${P}/partners?keyword=测试农业大学`)).json();
    expect(listed.data[0].contactPhone).toBe('139****5678');
    const full = await staff.get(`${P}/partners/${p.id}/contact-phone`);
    expect(full.json()).toEqual({ contactPhone: '13912345678' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'cooperation.partner.view-phone')
      .where('object_id', '=', String(p.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect((await leader.get(`${P}/partners/${p.id}/contact-phone`)).statusCode).toBe(403);
    // The same name twice in a county, an unknown kind: 400 naming the field.
    const dup = await refusal(await staff.post(`${P}/partners`, partnerBody('测试农业大学')));
    expect(dup).toEqual({ status: 400, message: expect.stringContaining('单位名称') });
    const kind = await refusal(await staff.post(`${P}/partners`, partnerBody('类别测试', { kind: 'alien' })));
    expect(kind).toEqual({ status: 400, message: expect.stringContaining('单位类别') });
    const phone = await refusal(await staff.post(`${P}/partners`, partnerBody('电话测试', { contactPhone: 'abc' })));
    expect(phone.message).toContain('联系电话');
  });
});

describe('合作协议 (agreements)', () => {
  it('records an agreement, moves it 签订 → 执行中 → 终止 with a reason, with history, timeline and audit', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('协议测试研究院', { kind: 'institute' }));
    const a = await ok(staff, `${P}/agreements`, {
      title: '协议测试战略合作协议',
      type: 'strategic',
      govParty: 'bureau',
      enterpriseId: qinglong,
      partnerId: partner.id,
      signedOn: '2021-02-01',
      endOn: '2024-01-31',
      scope: '联合研发',
      regionCode: COUNTY,
    });
    expect(a).toMatchObject({ status: 'signed', typeLabel: '战略合作协议', partnerName: '协议测试研究院' });
    expect(a.enterpriseName).toBe('甘肃青龙管业有限责任公司');

    // An illegal move is 409 naming both states; nothing changes.
    const illegal = await staff.post(`${P}/agreements/${a.id}/transitions`, { to: 'expired', version: a.version });
    expect(await refusal(illegal)).toEqual({
      status: 409,
      message: '合作协议状态不能从“签订”变为“到期”，当前只能变为“执行中”或“终止”',
    });
    const run = await ok(staff, `${P}/agreements/${a.id}/transitions`, { to: 'executing', version: a.version });
    expect(run.status).toBe('executing');
    const noReason = await staff.post(`${P}/agreements/${a.id}/transitions`, {
      to: 'terminated',
      version: run.version,
    });
    expect(await refusal(noReason)).toEqual({ status: 400, message: '“终止协议”须填写原因' });
    const stale = await staff.post(`${P}/agreements/${a.id}/transitions`, {
      to: 'terminated',
      version: a.version,
      reason: '合作方变更',
    });
    expect(stale.statusCode).toBe(409);
    const early = await staff.post(`${P}/agreements/${a.id}/transitions`, {
      to: 'terminated',
      version: run.version,
      reason: '合作方变更',
      on: '2020-01-01',
    });
    expect(await refusal(early)).toEqual({ status: 400, message: '生效日期不能早于签订日期（2021-02-01）' });
    const ended = await ok(staff, `${P}/agreements/${a.id}/transitions`, {
      to: 'terminated',
      version: run.version,
      reason: '合作方经营范围调整',
      on: '2022-08-01',
    });
    expect(ended).toMatchObject({ status: 'terminated', endedOn: '2022-08-01', endReason: '合作方经营范围调整' });
    const detail = (await staff.get(`${P}/agreements/${a.id}`)).json();
    expect(detail.history.map((h: { fromState: string | null; toState: string }) => [h.fromState, h.toState])).toEqual([
      [null, 'signed'],
      ['signed', 'executing'],
      ['executing', 'terminated'],
    ]);
    const timeline = (await events(qinglong)).filter(
      (e) => e.ref_type === 'cooperation_agreement' && e.ref_id === a.id,
    );
    expect(timeline.map((e) => e.kind)).toEqual(['agreement-signed', 'agreement-executing', 'agreement-terminated']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'cooperation_agreement')
      .where('object_id', '=', String(a.id))
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'cooperation.agreement.create',
      'cooperation.agreement.transition',
      'cooperation.agreement.transition',
    ]);
    expect(
      await refusal(
        await staff.post(`${P}/agreements/${a.id}/transitions`, { to: 'executing', version: ended.version }),
      ),
    ).toEqual({
      status: 409,
      message: '合作协议状态不能从“终止”变为“执行中”，该状态为终态',
    });
  });

  it('keeps the signed text as an attachment: checked, audited, downloaded through the agreement’s access', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('附件测试大学'));
    const a = await ok(staff, `${P}/agreements`, {
      title: '附件测试协议',
      type: 'technology',
      enterpriseId: qinglong,
      partnerId: partner.id,
      signedOn: '2021-05-01',
      endOn: '2023-04-30',
      regionCode: COUNTY,
    });
    const url = `/api/v1/attachments/cooperation.agreement/${a.id}?slot=file`;
    const up = await upload(t, staff, url, '协议文本.pdf', PDF);
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ fileName: '协议文本.pdf', sizeBytes: PDF.length });
    const bad = await upload(t, staff, url, '病毒.exe', Buffer.from('MZ not a document'));
    expect(bad.statusCode).toBe(400);
    expect((await upload(t, leader, url, 'a.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(t, other, url, 'a.pdf', PDF)).statusCode).toBe(403);
    const detail = (await staff.get(`${P}/agreements/${a.id}`)).json();
    expect(detail.files.map((f: { fileName: string }) => f.fileName)).toEqual(['协议文本.pdf']);
    const file = `/api/v1/attachments/file/${up.json().id}`;
    const got = await staff.get(file);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await qiye.get(file)).statusCode).toBe(200); // the signing enterprise
    expect((await other.get(file)).statusCode).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'attachment.upload')
      .where('object_id', '=', String(up.json().id))
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      owner_type: 'cooperation.agreement',
      owner_id: a.id,
      file_name: '协议文本.pdf',
    });
  });

  it('refuses a term ending before its signing, a single party, an unknown type, with the field named', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('协议校验大学'));
    const body = {
      title: '协议校验',
      type: 'strategic',
      govParty: 'county_government',
      partnerId: partner.id,
      signedOn: '2022-03-01',
      endOn: '2025-02-28',
      regionCode: COUNTY,
    };
    const early = await staff.post(`${P}/agreements`, { ...body, endOn: '2022-02-01' });
    expect(await refusal(early)).toEqual({ status: 400, message: expect.stringContaining('到期日期不能早于签订日期') });
    const single = await staff.post(`${P}/agreements`, { ...body, govParty: null });
    expect((await refusal(single)).message).toContain('协议至少须有两方签约');
    const type = await staff.post(`${P}/agreements`, { ...body, type: 'unknown' });
    expect((await refusal(type)).message).toContain('协议类型');
    const a = await ok(staff, `${P}/agreements`, body);
    // An edit is checked on the record as it will be.
    const edit = await staff.put(`${P}/agreements/${a.id}`, { version: a.version, endOn: '2021-01-01' });
    expect(await refusal(edit)).toEqual({ status: 400, message: expect.stringContaining('到期日期不能早于签订日期') });
    expect((await staff.get(`${P}/agreements/${a.id}`)).json().endOn).toBe('2025-02-28');
  });
});

describe('合作项目 (cooperation projects)', () => {
  it('records a project, reports milestones and outputs, moves it to 结题, all on the enterprise timeline', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('项目测试农科院', { kind: 'institute' }));
    const p = await ok(staff, `${P}/projects`, projectBody('项目测试：智能灌溉', qinglong, partner.id));
    expect(p).toMatchObject({
      status: 'signed',
      enterpriseAmount: '100000.00',
      partnerAmount: '50000.50',
      governmentAmount: null,
      fieldLabel: '农业智能化',
      partnerName: '项目测试农科院',
    });
    const started = await ok(staff, `${P}/projects/${p.id}/transitions`, { to: 'in_progress', version: p.version });
    const m = await ok(staff, `${P}/projects/${p.id}/milestones`, { title: '样机完成', plannedOn: '2021-09-30' });
    expect(m).toMatchObject({ done: false, actualOn: null });
    const notDated = await staff.put(`${P}/projects/${p.id}/milestones/${m.id}`, {
      title: '样机完成',
      plannedOn: '2021-09-30',
      done: true,
    });
    expect((await refusal(notDated)).message).toContain('已完成的节点须填写实际完成日期');
    // The enterprise reports its own project's milestone and output.
    const reported = await qiye.put(`${P}/projects/${p.id}/milestones/${m.id}`, {
      title: '样机完成',
      plannedOn: '2021-09-30',
      actualOn: '2021-10-08',
      done: true,
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const out = await ok(qiye, `${P}/projects/${p.id}/outputs`, {
      kind: 'patent',
      title: '一种智能灌溉控制装置',
      count: 1,
      achievedOn: '2021-11-20',
    });
    expect(out).toMatchObject({ kindLabel: '专利', achievementId: null });
    // An output links to a registration of the project's own enterprise only; another's or a made-up id is refused.
    const link = (achievementId: number) =>
      staff.put(`${P}/projects/${p.id}/outputs/${out.id}/achievement`, { achievementId });
    const own = await createAchievement(staff, achievementForm(qinglong, { name: '一种智能灌溉控制装置' }));
    const others = await createAchievement(staff, achievementForm(chengtai, { name: '他人成果' }));
    for (const wrong of [others.id, 99999999]) {
      const refused = await refusal(await link(wrong));
      expect(refused).toMatchObject({ status: 400 });
      expect(refused.message).toContain('不是本项目企业的成果登记');
    }
    expect((await staff.get(`${P}/projects/${p.id}`)).json().outputs[0].achievementId).toBeNull();
    const linked = await link(own.id);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().achievementId).toBe(own.id);
    const badKind = await staff.post(`${P}/projects/${p.id}/outputs`, {
      kind: 'poem',
      title: '无效成果',
      count: 1,
      achievedOn: '2021-11-20',
    });
    expect((await refusal(badKind)).message).toContain('成果类型');

    // The enterprise may not move states.
    expect(
      (await qiye.post(`${P}/projects/${p.id}/transitions`, { to: 'concluded', version: started.version })).statusCode,
    ).toBe(403);
    const done = await ok(staff, `${P}/projects/${p.id}/transitions`, {
      to: 'concluded',
      version: started.version,
      on: '2022-12-20',
    });
    expect(done).toMatchObject({ status: 'concluded', endedOn: '2022-12-20' });
    const closed = await staff.post(`${P}/projects/${p.id}/milestones`, { title: '结题后', plannedOn: '2023-01-01' });
    expect((await refusal(closed)).status).toBe(409);

    const detail = (await staff.get(`${P}/projects/${p.id}`)).json();
    expect(detail.milestones).toEqual([
      expect.objectContaining({ title: '样机完成', done: true, actualOn: '2021-10-08' }),
    ]);
    expect(detail.outputs).toEqual([expect.objectContaining({ title: '一种智能灌溉控制装置', achievementId: own.id })]);
    expect(detail.history.map((h: { toState: string }) => h.toState)).toEqual(['signed', 'in_progress', 'concluded']);
    const timeline = (await events(qinglong)).filter((e) => e.ref_type === 'cooperation_project' && e.ref_id === p.id);
    expect(timeline.map((e) => e.kind)).toEqual([
      'project-signed',
      'project-started',
      'milestone-done',
      'output',
      'project-ended',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('object_type', '=', 'cooperation_project')
      .where('object_id', '=', String(p.id))
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'cooperation.project.create',
      'cooperation.project.transition',
      'cooperation.milestone.create',
      'cooperation.milestone.update',
      'cooperation.output.create',
      'cooperation.output.link',
      'cooperation.project.transition',
    ]);
  });

  it('refuses bad projects with 400 naming the field, illegal moves with 409, a termination without reason', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('校验测试院所', { kind: 'institute' }));
    const body = projectBody('校验测试项目', chengtai, partner.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ endOn: '2021-02-01' }, '结束日期不能早于开始日期'],
      [{ startOn: '2021-02-30' }, '开始日期不是有效日期'],
      [{ enterpriseAmount: '-1' }, '企业投入不能为负数'],
      [{ field: 'astrology' }, '合作领域'],
      [{ partnerId: 99999999 }, '合作院所'],
      [{ enterpriseId: 99999999 }, '合作企业'],
      [{ name: '甲' }, '项目名称至少 2 个字'],
      [{ regionCode: '62112' }, '所属县区须为 6 位区划代码'],
    ];
    for (const [patch, message] of cases) {
      const res = await staff.post(`${P}/projects`, { ...body, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().error.message).toContain(message);
    }
    const p = await ok(staff, `${P}/projects`, body);
    const edit = await staff.put(`${P}/projects/${p.id}`, { version: p.version, endOn: '2020-01-01' });
    expect(await refusal(edit)).toEqual({ status: 400, message: expect.stringContaining('结束日期不能早于开始日期') });
    expect(
      await refusal(await staff.post(`${P}/projects/${p.id}/transitions`, { to: 'concluded', version: p.version })),
    ).toEqual({
      status: 409,
      message: '合作项目状态不能从“签约”变为“已结题”，当前只能变为“实施中”或“终止”',
    });
    const noReason = await staff.post(`${P}/projects/${p.id}/transitions`, { to: 'terminated', version: p.version });
    expect(await refusal(noReason)).toEqual({ status: 400, message: '“终止项目”须填写原因' });
    const stale = await staff.put(`${P}/projects/${p.id}`, { version: p.version + 5, remark: '过期' });
    expect(stale.statusCode).toBe(409);
    const count = await t.db
      .selectFrom('cooperation_project')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', '=', '校验测试项目')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('lists with filters, sort, paging and ?ids=', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('列表测试大学'));
    const a = await ok(
      staff,
      `${P}/projects`,
      projectBody('列表测试甲', chengtai, partner.id, { startOn: '2020-05-01' }),
    );
    await ok(
      staff,
      `${P}/projects`,
      projectBody('列表测试乙', chengtai, partner.id, { startOn: '2020-07-01', field: 'medicine_food' }),
    );
    await ok(staff, `${P}/projects`, projectBody('列表测试丙', qinglong, partner.id, { startOn: '2019-07-01' }));
    const page1 = (await staff.get(`${P}/projects?keyword=列表测试&pageSize=2`)).json();
    expect(page1.total).toBe(3);
    expect(page1.data.map((r: { name: string }) => r.name)).toEqual(['列表测试乙', '列表测试甲']);
    const year = (await staff.get(`${P}/projects?keyword=列表测试&year=2020&sort=name&order=ascend`)).json();
    expect(year.data.map((r: { name: string }) => r.name)).toEqual(['列表测试乙', '列表测试甲']);
    const field = (await staff.get(`${P}/projects?keyword=列表测试&field=medicine_food`)).json();
    expect(field.data.map((r: { name: string }) => r.name)).toEqual(['列表测试乙']);
    const ent = (await staff.get(`${P}/projects?keyword=列表测试&enterpriseId=${qinglong}`)).json();
    expect(ent.data.map((r: { name: string }) => r.name)).toEqual(['列表测试丙']);
    const byIds = (await staff.get(`${P}/projects?ids=${a.id}`)).json();
    expect(byIds.data.map((r: { id: number }) => r.id)).toEqual([a.id]);
    expect((await staff.get(`${P}/projects/999999999`)).statusCode).toBe(404);
  });
});

describe('who may do what', () => {
  it('lets the leader read only, the enterprise see its own, and refuses another county', async () => {
    const partner = await ok(staff, `${P}/partners`, partnerBody('权限测试大学'));
    const mine = await ok(staff, `${P}/projects`, projectBody('权限测试青龙', qinglong, partner.id));
    const theirs = await ok(staff, `${P}/projects`, projectBody('权限测试诚泰', chengtai, partner.id));
    const agreement = await ok(staff, `${P}/agreements`, {
      title: '权限测试协议',
      type: 'technology',
      enterpriseId: chengtai,
      partnerId: partner.id,
      signedOn: '2021-01-01',
      endOn: '2023-01-01',
      regionCode: COUNTY,
    });

    // The leader reads, writes nothing.
    expect((await leader.get(`${P}/projects/${mine.id}`)).statusCode).toBe(200);
    expect((await leader.post(`${P}/projects`, projectBody('领导新增', qinglong, partner.id))).statusCode).toBe(403);
    expect(
      (await leader.post(`${P}/projects/${mine.id}/milestones`, { title: '领导填报', plannedOn: '2022-01-01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await leader.post(`${P}/agreements/${agreement.id}/transitions`, { to: 'executing', version: 1 })).statusCode,
    ).toBe(403);

    // The enterprise user: its own projects only, no partner register, no writes of records.
    const listed = (await qiye.get(`${P}/projects?keyword=权限测试`)).json();
    expect(listed.data.map((r: { id: number }) => r.id)).toEqual([mine.id]);
    expect((await qiye.get(`${P}/projects/${theirs.id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${P}/agreements/${agreement.id}`)).statusCode).toBe(403);
    expect((await qiye.get(`${P}/agreements?keyword=权限测试`)).json().total).toBe(0);
    expect(
      (await qiye.post(`${P}/projects/${theirs.id}/milestones`, { title: '越权填报', plannedOn: '2022-01-01' }))
        .statusCode,
    ).toBe(403);
    expect((await qiye.get(`${P}/partners`)).statusCode).toBe(403);
    expect((await qiye.post(`${P}/projects`, projectBody('企业新增', qinglong, partner.id))).statusCode).toBe(403);
    expect((await qiye.put(`${P}/projects/${mine.id}`, { version: mine.version, remark: '企业改' })).statusCode).toBe(
      403,
    );

    // Another county's staff: no list, no read, no edit (current or stale), no move, no record here.
    expect((await other.get(`${P}/projects?keyword=权限测试`)).json().total).toBe(0);
    expect((await other.get(`${P}/projects/${mine.id}`)).statusCode).toBe(403);
    expect((await other.get(`${P}/partners/${partner.id}`)).statusCode).toBe(403);
    expect((await other.put(`${P}/projects/${mine.id}`, { version: mine.version, remark: '越权' })).statusCode).toBe(
      403,
    );
    expect(
      (await other.put(`${P}/projects/${mine.id}`, { version: mine.version + 3, remark: '越权' })).statusCode,
    ).toBe(403);
    expect(
      (await other.put(`${P}/agreements/${agreement.id}`, { version: agreement.version, remark: '越权' })).statusCode,
    ).toBe(403);
    expect(
      (await other.post(`${P}/projects/${mine.id}/transitions`, { to: 'in_progress', version: mine.version }))
        .statusCode,
    ).toBe(403);
    expect(
      (await other.post(`${P}/projects/${mine.id}/milestones`, { title: '越权', plannedOn: '2022-01-01' })).statusCode,
    ).toBe(403);
    expect((await other.post(`${P}/projects`, projectBody('越权新增', qinglong, partner.id))).statusCode).toBe(403);
    expect((await staff.get(`${P}/projects/${mine.id}`)).json().version).toBe(mine.version);
  });
});
