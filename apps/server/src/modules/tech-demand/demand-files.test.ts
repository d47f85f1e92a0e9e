import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { PDF, upload } from '../cooperation/cooperation.test-support';
import { API, COUNTY, demandBody, moveDemand, openCall, postDemand } from './tech-demand.test-support';

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let qiye: TestClient;
let otherEnterprise: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  leader = await t.as('leader');
  qiye = await t.as('qiye');
  const own = await t.db
    .selectFrom('app_user')
    .select('enterprise_id')
    .where('username', '=', 'qiye')
    .executeTakeFirstOrThrow();
  const other = await t.db
    .selectFrom('enterprise')
    .select('id')
    .where('region_code', '=', COUNTY)
    .where('id', '<>', own.enterprise_id!)
    .executeTakeFirstOrThrow();
  otherEnterprise = await t.addUser({ username: 'tdf_other_ent', role: 'enterprise', enterpriseId: other.id });
});
afterAll(() => t?.close());

describe('a demand’s attachments', () => {
  it('are changed by its enterprise (or staff for it) while a draft, read by its readers, and audited', async () => {
    const call = await openCall(staff, '附件测试批次');
    const d = await postDemand(qiye, demandBody('带附件的技术需求', { callId: call.id }));
    const url = `/api/v1/attachments/tech-demand.demand/${d.id}?slot=file`;
    const up = await upload(t, qiye, url, '需求说明.pdf', PDF);
    expect(up.statusCode, up.body).toBe(200);
    expect((await upload(t, staff, url, '补充资料.pdf', PDF)).statusCode).toBe(200);
    expect((await upload(t, qiye, url, '病毒.exe', Buffer.from('MZ not a document'))).statusCode).toBe(400);
    expect((await upload(t, leader, url, 'a.pdf', PDF)).statusCode).toBe(403);
    expect((await upload(t, otherEnterprise, url, 'a.pdf', PDF)).statusCode).toBe(403);

    const listed = (await staff.get(`/api/v1/attachments/tech-demand.demand/${d.id}`)).json();
    expect(listed.items.map((f: { fileName: string }) => f.fileName).sort()).toEqual(['补充资料.pdf', '需求说明.pdf']);
    const file = `/api/v1/attachments/file/${up.json().id}`;
    expect((await leader.get(file)).statusCode).toBe(200);
    expect((await otherEnterprise.get(file)).statusCode).toBe(403);
    expect((await otherEnterprise.get(`/api/v1/attachments/tech-demand.demand/${d.id}`)).statusCode).toBe(403);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'attachment.upload')
      .where('object_id', 'in', [String(up.json().id)])
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ owner_type: 'tech-demand.demand', owner_id: d.id, file_name: '需求说明.pdf' });

    // Submitted: the materials are fixed (409, nothing added); returned to a draft they change again.
    expect((await moveDemand(qiye, d.id, 'submitted')).statusCode).toBe(200);
    const late = await upload(t, qiye, url, '迟交.pdf', PDF);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('草稿');
    expect((await qiye.request('DELETE', file)).statusCode).toBe(409);
    expect((await staff.get(`/api/v1/attachments/tech-demand.demand/${d.id}`)).json().items).toHaveLength(2);
  });
});

describe('a demand’s contact phone', () => {
  it('is sealed at rest, masked in lists, whole in the detail for the bureau and the enterprise', async () => {
    const d = await postDemand(qiye, demandBody('联系电话加密', { contactPhone: '13912345678' }));
    expect(d.contactPhone).toBe('139****5678');
    const stored = await t.db
      .selectFrom('tech_demand')
      .select('contact_phone')
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(stored.contact_phone).not.toContain('13912345678');
    expect(stored.contact_phone).toMatch(/^(sm4-ctr\+hmac-sm3|aes-256-gcm):/);

    const list = (await staff.get(`${API}/demands?keyword=联系电话加密`)).json();
    expect(list.data[0].contactPhone).toBe('139****5678');
    expect((await staff.get(`${API}/demands/${d.id}`)).json().contactPhone).toBe('13912345678');
    expect((await qiye.get(`${API}/demands/${d.id}`)).json().contactPhone).toBe('13912345678');

    // An edit seals the new phone; the audit row holds no phone in plain text.
    const current = (await qiye.get(`${API}/demands/${d.id}`)).json();
    const res = await qiye.put(`${API}/demands/${d.id}`, { version: current.version, contactPhone: '13700001111' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await qiye.get(`${API}/demands/${d.id}`)).json().contactPhone).toBe('13700001111');
    const audits = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('object_type', '=', 'tech_demand')
      .where('object_id', '=', String(d.id))
      .execute();
    expect(JSON.stringify(audits)).not.toMatch(/13912345678|13700001111/);
  });

  it('sealed the demo’s phones too; the public page shows no contact', async () => {
    const rows = await t.db.selectFrom('tech_demand').select('contact_phone').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.contact_phone).not.toMatch(/^1\d{10}$/);
    const pub = await t.app.inject({ method: 'GET', url: '/api/v1/public/tech-demands' });
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toMatch(/contact|1\d{2}\*{4}\d{4}/i);
  });
});
