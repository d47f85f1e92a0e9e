import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { makeZip } from '../../platform/excel/excel.test-support';
import { invalidateParams } from '../../platform/params/params.repository';
import { createCall, enterpriseId, insertApplication, upload } from './project.test-support';

let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let callId: number;
let qinglong: number;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  callId = (await createCall(staff)).id;
  qinglong = await enterpriseId(t, '青龙管业');
});
afterAll(() => t?.close());

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const DOCX = makeZip([
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  },
  {
    name: 'word/document.xml',
    data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  },
]);
const files = () =>
  t.db
    .selectFrom('project_file')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

describe('application attachments', () => {
  it('stores a PDF under a random key, lists it on the application and downloads the same bytes', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const res = await upload(
      t,
      qiye,
      `/api/v1/applications/${app.id}/attachments?slot=feasibility`,
      '../../可行性研究报告.pdf',
      PDF,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      slot: 'feasibility',
      fileName: '可行性研究报告.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const row = await t.db
      .selectFrom('project_file')
      .select(['storage_key', 'file_name'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
    const detail = (await qiye.get(`/api/v1/applications/${app.id}`)).json();
    expect(detail.attachments.map((a: { id: number }) => a.id)).toContain(res.json().id);
    const dl = await qiye.get(`/api/v1/attachments/${res.json().id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(dl.rawPayload).equals(PDF)).toBe(true);
  });

  it('accepts a real docx and a png', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    expect(
      (await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=feasibility`, '可研.docx', DOCX))
        .statusCode,
    ).toBe(200);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    expect(
      (await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=photo`, '现场.PNG', png)).statusCode,
    ).toBe(200);
  });

  it('refuses an .exe renamed .pdf by its magic bytes, and other types by extension', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const before = await files();
    const fake = await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=feasibility`, '报告.pdf', EXE);
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toContain('内容与扩展名不符');
    const exe = await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=feasibility`, 'setup.exe', EXE);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.message).toContain('仅接受 PDF');
    expect(await files()).toBe(before);
  });

  it('refuses a docx zip bomb before anything unpacks it', async () => {
    const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const res = await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=feasibility`, 'bomb.docx', bomb);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('疑似恶意文件');
    const liar = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(4096, 0x20), declaredSize: 10 },
    ]);
    expect(
      (await upload(t, qiye, `/api/v1/applications/${app.id}/attachments?slot=feasibility`, 'liar.docx', liar))
        .statusCode,
    ).toBe(400);
  });

  it('refuses a file over the upload_max_mb parameter', async () => {
    await t.db.updateTable('sys_param').set({ value: '1' }).where('key', '=', 'system.upload_max_mb').execute();
    invalidateParams();
    try {
      const app = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x41)]);
      const res = await upload(
        t,
        qiye,
        `/api/v1/applications/${app.id}/attachments?slot=feasibility`,
        '大文件.pdf',
        big,
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('超过上传大小上限 1 MB');
    } finally {
      await t.db.updateTable('sys_param').set({ value: '20' }).where('key', '=', 'system.upload_max_mb').execute();
      invalidateParams();
    }
  });

  it('refuses unknown slots, submitted applications and other enterprises', async () => {
    const draft = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'draft' });
    expect(
      (await upload(t, qiye, `/api/v1/applications/${draft.id}/attachments?slot=nothing`, 'a.pdf', PDF)).statusCode,
    ).toBe(400);
    const submitted = await insertApplication(t, { callId, enterpriseId: qinglong, state: 'submitted' });
    expect(
      (await upload(t, qiye, `/api/v1/applications/${submitted.id}/attachments?slot=feasibility`, 'a.pdf', PDF))
        .statusCode,
    ).toBe(409);
    const other = await insertApplication(t, {
      callId,
      enterpriseId: await enterpriseId(t, '华硒生物'),
      state: 'draft',
    });
    expect(
      (await upload(t, qiye, `/api/v1/applications/${other.id}/attachments?slot=feasibility`, 'a.pdf', PDF)).statusCode,
    ).toBe(403);
    const byStaff = await upload(
      t,
      staff,
      `/api/v1/applications/${other.id}/attachments?slot=feasibility`,
      'a.pdf',
      PDF,
    );
    expect(byStaff.statusCode).toBe(200);
    expect((await qiye.get(`/api/v1/attachments/${byStaff.json().id}`)).statusCode).toBe(403);
    expect((await qiye.del(`/api/v1/attachments/${byStaff.json().id}`)).statusCode).toBe(403);
    expect((await staff.del(`/api/v1/attachments/${byStaff.json().id}`)).statusCode).toBe(200);
  });

  it('lets staff attach a guide to a call, which enterprises can download', async () => {
    const res = await upload(t, staff, `/api/v1/calls/${callId}/attachments?slot=guide`, '申报指南.pdf', PDF);
    expect(res.statusCode).toBe(200);
    expect((await qiye.get(`/api/v1/calls/${callId}`)).json().attachments[0].fileName).toBe('申报指南.pdf');
    expect((await qiye.get(`/api/v1/attachments/${res.json().id}`)).statusCode).toBe(200);
    expect((await upload(t, qiye, `/api/v1/calls/${callId}/attachments`, 'x.pdf', PDF)).statusCode).toBe(403);
  });
});
