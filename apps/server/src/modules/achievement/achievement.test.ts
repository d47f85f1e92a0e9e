import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import {
  API,
  attach,
  COUNTY,
  create,
  enterpriseId,
  extraUser,
  form,
  move,
  OTHER_COUNTY,
  PDF,
  registered,
  upload,
} from './achievement.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let qinglong: number;
let jinshi: number;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  qinglong = await enterpriseId(t, '甘肃青龙管业有限责任公司');
  jinshi = await enterpriseId(t, '甘肃锦世化工有限责任公司');
});
afterAll(() => t?.close());

/** The refusal of a request: its status and message. */
async function refusal(res: { statusCode: number; json(): { error: { message: string } } }, status = 400) {
  expect(res.statusCode).toBe(status);
  return res.json().error.message;
}

describe('科技成果登记: the workflow', () => {
  it('runs 草稿 → 已提交 → 县级审核 → 退回 → 重新提交 → 推荐 → 已登记 → 撤销, with history, timeline and audit', async () => {
    const a = await create(qiye, form(qinglong, { name: '工作流测试成果' }));
    expect(a).toMatchObject({
      status: 'draft',
      enterpriseId: qinglong,
      firstUnitName: '甘肃青龙管业有限责任公司',
      regionCode: COUNTY,
      regionName: '陇西县',
      keywords: ['输水管道', '防腐'],
    });
    // Submission refused, naming the evidence the 类别 requires that is missing.
    await attach(t, qiye, a.id, ['form']);
    const early = await qiye.post(`${API}/${a.id}/submit`, { version: a.version });
    const msg = await refusal(early);
    expect(msg).toContain('应用技术类成果登记缺少证明材料');
    expect(msg).toContain('评价证明（鉴定证书或验收证明）');
    expect(msg).toContain('用户证明');
    expect(msg).not.toContain('登记表');
    await attach(t, qiye, a.id, ['appraisal', 'user']);
    expect((await move(qiye, a.id, 'submit')).status).toBe('submitted');

    // Staff only: the enterprise may not accept its own registration.
    const self = await qiye.post(`${API}/${a.id}/accept`, {
      version: (await qiye.get(`${API}/${a.id}`)).json().version,
    });
    expect(self.statusCode).toBe(403);
    await move(staff, a.id, 'accept');
    const v = (await staff.get(`${API}/${a.id}`)).json().version;
    expect(await refusal(await staff.post(`${API}/${a.id}/return`, { version: v }))).toContain('“退回修改”须填写原因');
    expect(await refusal(await staff.post(`${API}/${a.id}/return`, { version: v, comment: '  ' }))).toContain(
      '须填写原因',
    );
    const back = await move(staff, a.id, 'return', { comment: '用户证明未盖章' });
    expect(back.status).toBe('returned');

    // Corrected (the whole form with the version read) and submitted again; staff may not edit a registered one later.
    const fixed = await qiye.put(`${API}/${a.id}`, {
      ...form(qinglong, { name: '工作流测试成果（修改）' }),
      version: back.version,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    await attach(t, qiye, a.id, ['ip']);
    await move(qiye, a.id, 'submit');
    await move(staff, a.id, 'accept');
    await move(staff, a.id, 'recommend');

    const rv = (await staff.get(`${API}/${a.id}`)).json().version;
    const reg = (body: Record<string, unknown>) =>
      staff.post(`${API}/${a.id}/register`, { version: rv, registeredOn: '2024-05-20', ...body });
    expect(await refusal(await reg({ registrationNo: '62020241234' }))).toContain('登记号须为 12 位');
    expect(await refusal(await reg({ registrationNo: '6202023Y0001' }))).toContain('登记号中的年份 2023');
    expect(await refusal(await reg({ registrationNo: '6202024J0001' }))).toContain('登记号的类型标志须为 Y');
    // A number the demo registration of 锦世化工 holds.
    expect(await refusal(await reg({ registrationNo: '6202022Y0031', registeredOn: '2022-06-20' }))).toContain(
      '登记号 6202022Y0031 已被成果“精细化工中间体绿色合成关键技术”使用',
    );
    expect(await refusal(await reg({ registrationNo: '6202099Y0001', registeredOn: '2099-01-01' }))).toContain(
      '登记日期 2099-01-01 不能晚于今天',
    );
    const done = await reg({ registrationNo: '6202024y0101' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'registered',
      registrationNo: '6202024Y0101',
      registeredOn: '2024-05-20',
    });
    expect(done.json().files.map((f: { kind: string }) => f.kind)).toEqual(['form', 'appraisal', 'user', 'ip']);

    // No edit once registered; an illegal move is 409 naming both states.
    const late = await qiye.put(`${API}/${a.id}`, { ...form(qinglong), version: done.json().version });
    expect(await refusal(late, 409)).toContain('“已登记”状态');
    const again = await staff.post(`${API}/${a.id}/recommend`, { version: done.json().version });
    expect(await refusal(again, 409)).toBe('成果登记状态不能从“已登记”变为“已推荐”，当前只能变为“已撤销”');
    expect(await refusal(await staff.post(`${API}/${a.id}/revoke`, { version: done.json().version }))).toContain(
      '须填写原因',
    );
    const revoked = await move(staff, a.id, 'revoke', { comment: '成果权属存在争议' });
    expect(revoked.status).toBe('revoked');
    expect(revoked.registrationNo).toBe('6202024Y0101');
    const dead = await qiye.post(`${API}/${a.id}/submit`, { version: revoked.version });
    expect(await refusal(dead, 409)).toContain('“已撤销”变为“已提交”，该状态为终态');

    expect(revoked.history.map((h: { from: string | null; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'null>draft',
      'draft>submitted',
      'submitted>county_review',
      'county_review>returned',
      'returned>submitted',
      'submitted>county_review',
      'county_review>recommended',
      'recommended>registered',
      'registered>revoked',
    ]);
    expect(revoked.history[3]).toMatchObject({ comment: '用户证明未盖章', onBehalf: false, actorName: '王科员' });

    const events = await t.db
      .selectFrom('enterprise_event')
      .select(['kind', 'title', 'detail'])
      .where('ref_type', '=', 'achievement')
      .where('ref_id', '=', a.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual([
      'achievement-submitted',
      'achievement-returned',
      'achievement-submitted',
      'achievement-registered',
      'achievement-revoked',
    ]);
    expect(events[1].detail).toBe('用户证明未盖章');
    expect(events[3].detail).toBe('登记号 6202024Y0101');
    // The enterprise reads its timeline through the register's API.
    const timeline = await qiye.get(`/api/v1/enterprises/${qinglong}/timeline`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    expect(timeline.body).toContain('工作流测试成果（修改）');

    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'achievement')
      .where('object_id', '=', String(a.id))
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'achievement.create',
      'achievement.submit',
      'achievement.accept',
      'achievement.return',
      'achievement.update',
      'achievement.submit',
      'achievement.accept',
      'achievement.recommend',
      'achievement.register',
      'achievement.revoke',
    ]);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const a = await create(qiye, form(qinglong, { name: '版本测试成果' }));
    const ok = await qiye.put(`${API}/${a.id}`, { ...form(qinglong, { name: '版本测试成果一' }), version: a.version });
    expect(ok.statusCode).toBe(200);
    const stale = await qiye.put(`${API}/${a.id}`, {
      ...form(qinglong, { name: '版本测试成果二' }),
      version: a.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await qiye.get(`${API}/${a.id}`)).json().name).toBe('版本测试成果一');
  });
});

describe('科技成果登记: the form’s rules', () => {
  const refused = async (body: Record<string, unknown>) => refusal(await staff.post(API, body));

  it('refuses with 400 naming the field, and writes nothing', async () => {
    const before = await t.db
      .selectFrom('achievement')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await refused(form(qinglong, { secrecy: 'classified' }))).toContain('涉密科技成果不通过本系统登记');
    expect(await refused(form(qinglong, { keywords: ['甲', '乙', '丙', '丁'] }))).toContain('关键词最多 3 个');
    expect(await refused(form(qinglong, { keywords: [] }))).toContain('请填写关键词');
    expect(await refused(form(qinglong, { abstract: '字'.repeat(2001) }))).toContain(
      '成果简介最多 2000 字（现为 2001 字）',
    );
    expect(await refused(form(qinglong, { researchStart: '2021-05', researchEnd: '2021-04' }))).toContain(
      '研究终止时间 2021-04 不能早于研究起始时间 2021-05',
    );
    expect(await refused(form(qinglong, { researchStart: '2021-13' }))).toContain('研究起始时间须为年月');
    expect(
      await refused(
        form(qinglong, {
          completers: [
            { order: 1, name: '张三' },
            { order: 3, name: '李四' },
          ],
        }),
      ),
    ).toContain('完成人排序须为 1 至 2 连续且不重复');
    expect(
      await refused(
        form(qinglong, {
          completers: [
            { order: 1, name: '张三' },
            { order: 1, name: '李四' },
          ],
        }),
      ),
    ).toContain('完成人排序须为 1 至 2 连续且不重复');
    expect(await refused(form(qinglong, { completers: [] }))).toContain('请填写完成人');
    expect(await refused(form(qinglong, { evaluation: 'none' }))).toContain('未经评价的成果只能填“未评价”');
    expect(await refused(form(qinglong, { level: 'unevaluated' }))).toContain('已评价的成果须按评价结论填写水平');
    expect(await refused(form(qinglong, { category: 'other' }))).toContain('成果类别不在可选范围内');
    expect(await refused(form(qinglong, { name: '甲' }))).toContain('成果名称至少 2 个字');
    expect(await refused(form(999999))).toContain('第一完成单位：企业名录中没有编号为 999999 的企业');
    expect(await refused(form(qinglong, { enterpriseId: null }))).toContain('请选择第一完成单位');
    const after = await t.db
      .selectFrom('achievement')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('accepts an abstract of exactly 2000 characters and an unevaluated result', async () => {
    const a = await create(
      staff,
      form(qinglong, { abstract: '字'.repeat(2000), evaluation: 'none', level: 'unevaluated' }),
    );
    expect(a.abstract).toHaveLength(2000);
  });

  it('takes only the evidence kinds the 类别 names, and files of an allowed type', async () => {
    const b = await create(staff, form(qinglong, { name: '基础理论测试成果', category: 'basic' }));
    const wrong = await upload(t, staff, `/api/v1/attachments/achievement.record/${b.id}?slot=appraisal`, 'a.pdf', PDF);
    expect(await refusal(wrong)).toContain('该类别的成果登记不需要“评价证明（鉴定证书或验收证明）”');
    const exe = await upload(
      t,
      staff,
      `/api/v1/attachments/achievement.record/${b.id}?slot=paper`,
      'a.exe',
      Buffer.from('MZ'),
    );
    expect(exe.statusCode).toBe(400);
    await attach(t, staff, b.id, ['form']);
    expect(await refusal(await staff.post(`${API}/${b.id}/submit`, { version: b.version }))).toContain(
      '基础理论类成果登记缺少证明材料：“论文或专著”',
    );
  });

  it('lets staff enter an institution by name in their county, and removes evidence of a draft', async () => {
    const a = await create(
      staff,
      form(qinglong, { enterpriseId: null, firstUnitName: '定西市农业科学研究院', name: '院所成果测试' }),
    );
    expect(a).toMatchObject({ enterpriseId: null, firstUnitName: '定西市农业科学研究院', regionCode: COUNTY });
    await attach(t, staff, a.id, ['form']);
    const detail = (await staff.get(`${API}/${a.id}`)).json();
    const file = detail.files[0];
    const download = await staff.get(`/api/v1/attachments/file/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await staff.del(`/api/v1/attachments/file/${file.id}`)).statusCode).toBe(200);
    expect((await staff.get(`${API}/${a.id}`)).json().files).toEqual([]);
    // An enterprise user may not name an institution (or another enterprise) as the first unit.
    const inst = await qiye.post(API, form(qinglong, { enterpriseId: null, firstUnitName: '某研究院' }));
    expect(inst.statusCode).toBe(403);
  });
});

describe('科技成果登记: who may do what', () => {
  let other: TestClient;
  let jinshiUser: TestClient;
  beforeAll(async () => {
    other = await extraUser(t, 'ach_other_staff', { role: 'staff', regionCode: OTHER_COUNTY, name: '安定区科员' });
    jinshiUser = await extraUser(t, 'ach_jinshi', { role: 'enterprise', regionCode: COUNTY, enterpriseId: jinshi });
  });

  it('an enterprise user sees and handles only its own; staff fill in on its behalf', async () => {
    const mine = await create(qiye, form(qinglong, { name: '本企业成果' }));
    const list = (await qiye.get(`${API}?pageSize=200`)).json();
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.every((r: { enterpriseId: number }) => r.enterpriseId === qinglong)).toBe(true);
    // 锦世化工's demo registration is not 青龙管业's.
    const demo = await t.db
      .selectFrom('achievement')
      .select('id')
      .where('enterprise_id', '=', jinshi)
      .executeTakeFirstOrThrow();
    expect(await refusal(await qiye.get(`${API}/${demo.id}`), 403)).toContain('只能查看或办理本单位的');
    expect((await qiye.post(API, form(jinshi))).statusCode).toBe(403);
    // Another enterprise's user: no read, no edit, no submit, no upload.
    expect((await jinshiUser.get(`${API}/${mine.id}`)).statusCode).toBe(403);
    expect((await jinshiUser.put(`${API}/${mine.id}`, { ...form(qinglong), version: mine.version })).statusCode).toBe(
      403,
    );
    expect((await jinshiUser.post(`${API}/${mine.id}/submit`, { version: mine.version })).statusCode).toBe(403);
    expect(
      (await upload(t, jinshiUser, `/api/v1/attachments/achievement.record/${mine.id}?slot=form`, 'x.pdf', PDF))
        .statusCode,
    ).toBe(403);

    // Staff on the enterprise's behalf: recorded as such in the history and the audit trail.
    const onBehalf = await create(staff, form(qinglong, { name: '代填成果' }));
    await attach(t, staff, onBehalf.id, ['form', 'appraisal', 'user']);
    const submitted = await move(staff, onBehalf.id, 'submit');
    expect(submitted.history.map((h: { onBehalf: boolean }) => h.onBehalf)).toEqual([true, true]);
    expect((await qiye.get(`${API}/${onBehalf.id}`)).statusCode).toBe(200);
  });

  it('staff of another county are refused list, read, moves and creation; a leader reads only', async () => {
    const a = await create(staff, form(qinglong, { name: '跨县测试成果' }));
    const theirs = (await other.get(`${API}?pageSize=200`)).json();
    expect(theirs.data.map((x: { id: number }) => x.id)).not.toContain(a.id);
    expect((await other.get(`${API}/${a.id}`)).statusCode).toBe(403);
    expect((await other.put(`${API}/${a.id}`, { ...form(qinglong), version: a.version })).statusCode).toBe(403);
    expect((await other.post(`${API}/${a.id}/submit`, { version: a.version })).statusCode).toBe(403);
    expect((await other.post(API, form(qinglong))).statusCode).toBe(403);
    await attach(t, staff, a.id, ['form', 'appraisal', 'user']);
    const submitted = await move(staff, a.id, 'submit');
    expect((await other.post(`${API}/${a.id}/accept`, { version: submitted.version })).statusCode).toBe(403);
    const register = { version: submitted.version, registrationNo: '6202024Y0999', registeredOn: '2024-01-02' };
    expect((await qiye.post(`${API}/${a.id}/register`, register)).statusCode).toBe(403);
    expect((await staff.get(`${API}/${a.id}`)).json().status).toBe('submitted');
    expect((await other.get(`${API}/export`)).statusCode).toBe(200);
    const leader = await t.as('leader');
    expect((await leader.get(`${API}/${a.id}`)).statusCode).toBe(200);
    expect((await leader.post(API, form(qinglong))).statusCode).toBe(403);
    expect((await leader.post(`${API}/${a.id}/submit`, { version: a.version })).statusCode).toBe(403);
    const expert = await t.as('expert');
    expect((await expert.get(API)).statusCode).toBe(403);
  });

  it('lists with filters: keyword, 类别, status, year, county, ids, sort and paging', async () => {
    const x = await registered(t, staff, form(qinglong, { name: '筛选测试甲' }), '6202023Y0201', '2023-03-01');
    const y = await create(staff, form(qinglong, { name: '筛选测试乙', category: 'soft' }));
    const q = (s: string) => staff.get(`${API}?keyword=筛选测试&${s}`).then((r) => r.json());
    expect((await q('')).total).toBe(2);
    expect((await q('category=soft')).data.map((r: { id: number }) => r.id)).toEqual([y.id]);
    expect((await q('status=registered')).data.map((r: { id: number }) => r.id)).toEqual([x.id]);
    expect((await q('year=2023')).data.map((r: { id: number }) => r.id)).toEqual([x.id]);
    expect((await q(`regionCode=${OTHER_COUNTY}`)).total).toBe(0);
    expect((await q(`ids=${y.id}`)).data.map((r: { id: number }) => r.id)).toEqual([y.id]);
    const asc = (await q('sort=name&order=ascend')).data.map((r: { id: number }) => r.id);
    expect((await q('sort=name&order=descend')).data.map((r: { id: number }) => r.id)).toEqual([...asc].reverse());
    expect((await q('pageSize=1&current=2')).data).toHaveLength(1);
    expect((await staff.get(`${API}?keyword=6202023Y0201`)).json().data.map((r: { id: number }) => r.id)).toEqual([
      x.id,
    ]);
    expect(await refusal(await staff.get(`${API}?status=bogus`))).toContain('状态不在可选范围内');
  });
});
