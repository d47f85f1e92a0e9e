import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../excel/excel.test-support';
import { checkUpload, extensionOf } from './file-type';
import { LocalDiskStorage } from './storage';

const MB = 1024 * 1024;
const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const docx = makeZip([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'word/document.xml', data: '<w:document/>' },
]);

describe('upload allow-list', () => {
  it('accepts the five types by extension and magic bytes', () => {
    expect(checkUpload('a.pdf', pdf, MB)).toMatchObject({ ok: true, kind: 'pdf' });
    expect(checkUpload('照片.JPEG', jpg, MB)).toMatchObject({ ok: true, kind: 'jpg', mime: 'image/jpeg' });
    expect(checkUpload('申报书.docx', docx, MB)).toMatchObject({ ok: true, kind: 'docx' });
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
  it('refuses mismatched content, unknown types, empty and oversized files', () => {
    expect(checkUpload('a.pdf', jpg, MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.png', pdf, MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.docx', pdf, MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.xlsx', docx, MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.html', pdf, MB)).toMatchObject({ ok: false });
    expect(checkUpload('noext', pdf, MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.pdf', Buffer.alloc(0), MB)).toMatchObject({ ok: false });
    expect(checkUpload('a.pdf', Buffer.concat([pdf, Buffer.alloc(MB)]), MB)).toMatchObject({ ok: false });
  });
  it('refuses a macro-enabled or encrypted docx', () => {
    const macro = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w/>' },
      { name: 'word/vbaProject.bin', data: 'x' },
    ]);
    expect(checkUpload('m.docx', macro, MB)).toMatchObject({ ok: false });
    const locked = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>', flags: 1 },
      { name: 'word/document.xml', data: '<w/>' },
    ]);
    expect(checkUpload('l.docx', locked, MB)).toMatchObject({ ok: false });
  });
});

describe('local disk storage', () => {
  it('stores by random key, never by the user’s name, and removes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kc-storage-'));
    const s = new LocalDiskStorage(dir);
    const key = await s.put(pdf);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await s.get(key)).equals(pdf)).toBe(true);
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([key]);
    await s.remove(key);
    await expect(s.get(key)).rejects.toThrow();
    await expect(s.get('../../etc/passwd')).rejects.toThrow('invalid storage key');
  });
});
