import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

// The enterprise keeps its own record (contacts, address) and its yearly figures; staff keep the rest.
let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let ql: number; // 青龙管业, qiye's enterprise
let hx: number; // 华硒生物, another enterprise of the county

const record = (id: number) => t.db.selectFrom('enterprise').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const lastAudit = (action: string) =>
  t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
const lastEvent = (id: number) =>
  t.db
    .selectFrom('enterprise_event')
    .selectAll()
    .where('enterprise_id', '=', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
const idOf = async (name: string) =>
  (await t.db.selectFrom('enterprise').select('id').where('name', 'like', `%${name}%`).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  [ql, hx] = [await idOf('青龙管业'), await idOf('华硒')];
});
afterAll(() => t?.close());

describe('the enterprise edits its own record', () => {
  it('saves its contacts and address, audited before/after, with a timeline event staff see', async () => {
    const before = await record(ql);
    const res = await qiye.put(`/api/v1/enterprises/${ql}`, {
      version: before.version,
      contactName: '马经理',
      contactPhone: '13993212345',
      address: '陇西县文峰镇工业园区 8 号',
      businessScope: '预应力钢筒混凝土管、钢管的生产与销售',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      contactName: '马经理',
      address: '陇西县文峰镇工业园区 8 号',
      businessScope: '预应力钢筒混凝土管、钢管的生产与销售',
    });
    const after = await record(ql);
    expect(after).toMatchObject({ contact_phone: '13993212345', version: before.version + 1, name: before.name });
    const audit = await lastAudit('enterprise.self-update');
    expect(audit).toMatchObject({ object_id: String(ql), region_code: '621122' });
    expect(audit!.before).toMatchObject({ contact_name: before.contact_name });
    expect(audit!.after).toMatchObject({ contact_name: '马经理', contact_phone: '13993212345' });
    // Staff read on the detail page's timeline what the enterprise changed, in words.
    const timeline = (await staff.get(`/api/v1/enterprises/${ql}/timeline`)).json();
    expect(timeline[0]).toMatchObject({ title: '企业更新本企业信息', actorName: 'qiye' });
    expect(timeline[0].detail).toBe('变更字段：地址、联系人、联系电话、经营范围');
  });

  it('refuses a staff field with a 400 naming it, and writes nothing', async () => {
    const before = await record(ql);
    for (const [field, value, label] of [
      ['name', '青龙管业（改）', '企业名称'],
      ['creditCode', '91621122MA00000000', '统一社会信用代码'],
      ['regionCode', '621102', '所属县区'],
      ['tags', ['规上企业'], '标签'],
    ] as const) {
      const res = await qiye.put(`/api/v1/enterprises/${ql}`, {
        version: before.version,
        contactName: '不该写入',
        [field]: value,
      });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.message).toContain(label);
      expect(res.json().error.details).toEqual([{ field, message: expect.stringContaining(label) }]);
    }
    expect(await record(ql)).toMatchObject({ version: before.version, contact_name: before.contact_name });
  });

  it("refuses another enterprise's record (403) and a stale version (409)", async () => {
    const other = await record(hx);
    const res = await qiye.put(`/api/v1/enterprises/${hx}`, { version: other.version, contactName: '越权' });
    expect(res.statusCode).toBe(403);
    expect((await record(hx)).contact_name).toBe(other.contact_name);
    const mine = await record(ql);
    const stale = await qiye.put(`/api/v1/enterprises/${ql}`, { version: mine.version - 1, address: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect((await record(ql)).address).toBe(mine.address);
  });

  it('leaves unit kind and tags alone when an edit does not give them (no create defaults on edit)', async () => {
    const e = await record(ql);
    await t.db
      .updateTable('enterprise')
      .set({ tags: ['规上企业'] })
      .where('id', '=', ql)
      .execute();
    const res = await staff.put(`/api/v1/enterprises/${ql}`, { version: e.version, address: '陇西县巩昌镇' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await record(ql)).toMatchObject({ tags: ['规上企业'], unit_kind: e.unit_kind });
  });

  it('refuses users who are neither staff nor the enterprise', async () => {
    const e = await record(ql);
    for (const who of ['expert', 'tpy', 'leader']) {
      const res = await (await t.as(who)).put(`/api/v1/enterprises/${ql}`, { version: e.version, address: 'x' });
      expect(res.statusCode, who).toBe(403);
    }
  });
});

describe('yearly figures', () => {
  const figures = { staffTotal: 120, techStaff: 30, revenue: '56000000.00', rdExpense: '2100000.00' };
  const years = async (c: TestClient, id: number) => (await c.get(`/api/v1/enterprises/${id}/yearly`)).json();

  it('the enterprise adds a year of its own (version 0), audited, then edits it under its version', async () => {
    const added = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2025`, { version: 0, ...figures });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({ year: 2025, staffTotal: 120, revenue: '56000000.00', version: 1 });
    expect((await years(qiye, ql))[0]).toMatchObject({ year: 2025, techStaff: 30 });
    expect((await lastEvent(ql)).title).toBe('企业填报 2025 年度数据');
    const edited = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2025`, {
      version: 1,
      ...figures,
      revenue: '58000000.00',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ revenue: '58000000.00', version: 2 });
    const audit = await lastAudit('enterprise.yearly-save');
    expect(audit!.before).toMatchObject({ revenue: '56000000.00' });
    expect(audit!.after).toMatchObject({ revenue: '58000000.00', year: 2025 });
  });

  it('a stale version is a 409, and adding a year already on record too', async () => {
    const stale = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2025`, { version: 1, ...figures });
    expect(stale.statusCode).toBe(409);
    const again = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2025`, { version: 0, ...figures });
    expect(again.statusCode).toBe(409);
    expect((await years(qiye, ql))[0]).toMatchObject({ revenue: '58000000.00', version: 2 });
  });

  it("applies the import's checks: more tech staff than staff, a negative count, a bad amount → 400 naming the field", async () => {
    for (const [body, field] of [
      [{ ...figures, techStaff: 200 }, 'techStaff'],
      [{ ...figures, staffTotal: -1 }, 'staffTotal'],
      [{ ...figures, revenue: '12.345' }, 'revenue'],
    ] as const) {
      const res = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2024`, { version: 0, ...body });
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    }
    const res = await qiye.put(`/api/v1/enterprises/${ql}/yearly/2024`, { version: 0, ...figures, techStaff: 200 });
    expect(res.json().error.message).toContain('科技人员数不能超过职工总数');
    expect((await years(qiye, ql)).some((y: { year: number }) => y.year === 2024)).toBe(false);
  });

  it("staff edit any enterprise's figures in their county; the enterprise cannot touch another's", async () => {
    const theirs = await staff.put(`/api/v1/enterprises/${hx}/yearly/2025`, { version: 0, ...figures });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect((await lastEvent(hx)).title).toBe('修改 2025 年度数据');
    const refused = await qiye.put(`/api/v1/enterprises/${hx}/yearly/2025`, {
      version: 1,
      ...figures,
      staffTotal: 200,
    });
    expect(refused.statusCode).toBe(403);
    expect((await qiye.get(`/api/v1/enterprises/${hx}/yearly`)).statusCode).toBe(403);
    expect(
      (await (await t.as('leader')).put(`/api/v1/enterprises/${hx}/yearly/2025`, { version: 1, ...figures }))
        .statusCode,
    ).toBe(403);
    expect((await staff.put(`/api/v1/enterprises/999999/yearly/2025`, { version: 0, ...figures })).statusCode).toBe(
      404,
    );
  });
});
