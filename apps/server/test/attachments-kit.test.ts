import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './harness';
import { assertCanRead, assertCanWrite, enterpriseScope } from '../src/modules/enterprise/enterprise.policy';
import { findEnterprise } from '../src/modules/enterprise/enterprise.repository';
import { MODULES } from '../src/modules/index';
import { holds } from '../src/platform/auth/row-scope';
import { forbidden, notFound } from '../src/platform/errors';
import { defineModule } from '../src/platform/module-kit/module';
import { defineAttachmentOwner } from '../src/platform/attachments/attachment-owner';
import { attachmentsOf, countAttachments } from '../src/platform/attachments/attachments.repository';

/** A module of this test only: enterprises take photos (up to 2) and scans; staff of the region change them. */
const kitTest = defineModule({
  name: 'kit-test',
  routes: async () => {},
  attachments: [
    defineAttachmentOwner({
      type: 'kit-test.enterprise',
      label: '测试企业',
      slots: { photo: { label: '现场照片', kinds: ['jpg', 'png'], maxCount: 2 }, scan: { label: '扫描件' } },
      async read(db, auth, id) {
        const e = await findEnterprise(db, id);
        if (!e) throw notFound('企业');
        assertCanRead(enterpriseScope(auth), e);
        return { regionCode: e.region_code };
      },
      async assertCanChange(db, auth, id) {
        const e = (await findEnterprise(db, id))!;
        if (!holds(auth, 'enterprise:write')) throw forbidden();
        assertCanWrite(auth, e.region_code);
        return { checkedBy: 'kit-test' };
      },
    }),
  ],
});

const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

let t: TestApp;
let staff: TestClient;
let leader: TestClient;
let otherCounty: TestClient;
let enterpriseId: number;
beforeAll(async () => {
  t = await createTestApp({ modules: [...MODULES, kitTest] });
  staff = await t.as('staff');
  leader = await t.as('leader');
  otherCounty = await t.addUser({ username: 'kit_other', role: 'staff', region: '621102' });
  const e = await t.db
    .selectFrom('enterprise')
    .select('id')
    .where('region_code', '=', '621122')
    .limit(1)
    .executeTakeFirstOrThrow();
  enterpriseId = e.id;
});
afterAll(() => t?.close());

const base = () => `/api/v1/attachments/kit-test.enterprise/${enterpriseId}`;
const auditCount = (action: string) =>
  t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

describe('attachments kit', () => {
  it('stores a photo, lists it, serves the same bytes inline, and audits the upload', async () => {
    const before = await auditCount('attachment.upload');
    const res = await staff.upload(`${base()}?slot=photo`, '../现场.JPEG', JPG);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      slot: 'photo',
      fileName: '现场.JPEG',
      mimeType: 'image/jpeg',
      sizeBytes: JPG.length,
    });
    expect(await auditCount('attachment.upload')).toBe(before + 1);

    const list = await leader.get(base());
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((f: { fileName: string }) => f.fileName)).toContain('现场.JPEG');

    const dl = await leader.get(`/api/v1/attachments/file/${res.json().id}?inline=1`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^inline/);
    expect(Buffer.from(dl.rawPayload).equals(JPG)).toBe(true);
    expect((await leader.get(`/api/v1/attachments/file/${res.json().id}`)).headers['content-disposition']).toMatch(
      /^attachment/,
    );
    expect((await attachmentsOf(t.db, 'kit-test.enterprise', [enterpriseId])).length).toBeGreaterThan(0);
    expect((await countAttachments(t.db, 'kit-test.enterprise', [enterpriseId], 'photo')).get(enterpriseId)).toBe(1);
  });

  it('refuses a file the slot does not take, a fake image, an unknown slot and a full slot, writing nothing', async () => {
    const count = async () => (await attachmentsOf(t.db, 'kit-test.enterprise', [enterpriseId])).length;
    const n = await count();
    const pdfAsPhoto = await staff.upload(`${base()}?slot=photo`, '说明.pdf', PDF);
    expect(pdfAsPhoto.statusCode).toBe(400);
    expect(pdfAsPhoto.json().error.message).toContain('“现场照片”只接受 JPEG 图片、PNG 图片');
    const fake = await staff.upload(`${base()}?slot=photo`, '伪装.jpg', PDF);
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toContain('内容与扩展名不符');
    const slot = await staff.upload(`${base()}?slot=video`, 'a.jpg', JPG);
    expect(slot.statusCode).toBe(400);
    expect(slot.json().error.message).toContain('测试企业的附件类别只能是：现场照片、扫描件');
    expect(await count()).toBe(n);

    expect(
      (
        await staff.upload(
          `${base()}?slot=photo`,
          '二.png',
          Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]),
        )
      ).statusCode,
    ).toBe(200);
    const full = await staff.upload(`${base()}?slot=photo`, '三.jpg', JPG);
    expect(full.statusCode).toBe(400);
    expect(full.json().error.message).toContain('“现场照片”最多 2 个文件');
    expect(await count()).toBe(n + 1);
    expect((await staff.upload(`${base()}?slot=scan`, '扫描.pdf', PDF)).statusCode).toBe(200);
  });

  it("leaves access to the owner's module: a leader may not change, another county may not read", async () => {
    expect((await leader.upload(`${base()}?slot=scan`, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await otherCounty.get(base())).statusCode).toBe(403);
    const id = (await staff.get(base())).json().items[0].id;
    expect((await otherCounty.get(`/api/v1/attachments/file/${id}`)).statusCode).toBe(403);
    expect((await otherCounty.del(`/api/v1/attachments/file/${id}`)).statusCode).toBe(403);
    expect((await leader.del(`/api/v1/attachments/file/${id}`)).statusCode).toBe(403);
    expect((await staff.get('/api/v1/attachments/nobody.thing/1')).statusCode).toBe(404);
    expect((await staff.upload(`${base()}?slot=scan`, 'x.pdf', PDF, { csrf: false })).statusCode).toBe(403);
  });

  it('deletes with an audit row that keeps what was removed', async () => {
    const [first] = (await staff.get(base())).json().items;
    const res = await staff.del(`/api/v1/attachments/file/${first.id}`);
    expect(res.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'object_type', 'details'])
      .where('action', '=', 'attachment.delete')
      .where('object_id', '=', String(first.id))
      .executeTakeFirstOrThrow();
    expect(audit.object_type).toBe('attachment');
    expect(JSON.stringify(audit.before)).toContain(first.fileName);
    expect(JSON.stringify(audit.before)).not.toContain('storage_key');
    expect(audit.details).toEqual({ checkedBy: 'kit-test' });
    expect((await staff.get(`/api/v1/attachments/file/${first.id}`)).statusCode).toBe(404);
  });
});
