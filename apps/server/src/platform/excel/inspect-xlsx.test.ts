import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template';
import { inspectXlsx, type XlsxInspection } from './inspect-xlsx';
import { makeZip, repackXlsx, sampleSpec } from './excel.test-support';

const MB = 1024 * 1024;
const limits = { maxBytes: 5 * MB };
let template: Buffer;
beforeAll(async () => {
  template = await buildTemplate(sampleSpec());
});

const refusal = (r: XlsxInspection) => (r.ok ? 'OK' : r.code);
const message = (r: XlsxInspection) => (r.ok ? '' : r.message);

/** 200 MB of zeros as one real deflate stream, built from 1 MB sync-flushed blocks (fast, no 200 MB buffer). */
function deflatedZeros(mb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A zip whose one entry is `data` already deflated, declaring `declared` bytes with the CRC of `mb` MB zeros. */
function rawDeflateZip(deflated: Buffer, declared: number): Buffer {
  const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: deflated, method: 0 }]);
  // Turn the stored entry into a deflated one that claims `declared` bytes (local header at 0, directory after data).
  const cd = zip.readUInt32LE(zip.length - 6);
  for (const [methodAt, sizeAt] of [
    [8, 22],
    [cd + 10, cd + 24],
  ]) {
    zip.writeUInt16LE(8, methodAt);
    zip.writeUInt32LE(declared, sizeAt);
  }
  return zip;
}

describe('inspectXlsx', () => {
  it('accepts an xlsx written by exceljs and reports its sizes', () => {
    const r = inspectXlsx(template, limits);
    expect(r).toMatchObject({ ok: true, compressedBytes: template.length });
    expect(r.ok && r.uncompressedBytes).toBeGreaterThan(template.length);
  });

  it('refuses an empty buffer, random bytes, a PNG and an old .xls', () => {
    expect(refusal(inspectXlsx(Buffer.alloc(0), limits))).toBe('EMPTY');
    expect(message(inspectXlsx(Buffer.alloc(0), limits))).toContain('文件为空');
    expect(refusal(inspectXlsx(randomBytes(4096), limits))).toBe('NOT_XLSX');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
    expect(refusal(inspectXlsx(png, limits))).toBe('NOT_XLSX');
    expect(message(inspectXlsx(png, limits))).toContain('PNG 图片');
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(refusal(inspectXlsx(ole, limits))).toBe('LEGACY_OR_ENCRYPTED');
    expect(message(inspectXlsx(ole, limits))).toContain('.xls');
  });

  it('refuses a file over maxBytes before looking inside', () => {
    const r = inspectXlsx(template, { maxBytes: 1024 });
    expect(refusal(r)).toBe('TOO_LARGE');
    expect(message(r)).toMatch(/超过上限 1 KB/);
  });

  it('refuses a zip that is not a workbook (e.g. a .docx) and a truncated xlsx', () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(refusal(inspectXlsx(docx, limits))).toBe('NOT_XLSX');
    expect(refusal(inspectXlsx(template.subarray(0, template.length - 100), limits))).toBe('CORRUPT');
  });

  it('refuses a zip bomb that declares 200 MB unpacked', () => {
    const r = inspectXlsx(rawDeflateZip(deflatedZeros(200), 200 * MB), limits);
    expect(refusal(r)).toBe('ZIP_BOMB');
    expect(message(r)).toContain('疑似恶意文件');
  });

  it('refuses a zip bomb that lies about its size (200 MB of zeros declared as 1 KB)', () => {
    const r = inspectXlsx(rawDeflateZip(deflatedZeros(200), 1024), limits);
    expect(refusal(r)).toBe('ZIP_BOMB');
    expect(message(r)).toContain('超过其声明值');
  });

  it('applies the compression-ratio cap above the floor, and the entry-count cap', () => {
    const zip = makeZip([{ name: 'xl/a.xml', data: Buffer.alloc(3 * MB) }]);
    expect(refusal(inspectXlsx(zip, { ...limits, ratioFloorBytes: MB, maxCompressionRatio: 50 }))).toBe('ZIP_BOMB');
    expect(refusal(inspectXlsx(zip, { ...limits, maxUncompressedBytes: 2 * MB }))).toBe('ZIP_BOMB');
    const many = makeZip(Array.from({ length: 30 }, (_, i) => ({ name: `xl/f${i}.xml`, data: '<a/>' })));
    expect(refusal(inspectXlsx(many, { ...limits, maxEntries: 25 }))).toBe('TOO_MANY_ENTRIES');
  });

  it('refuses an entry whose content does not match its CRC, and encrypted entries', () => {
    const zip = makeZip([{ name: 'a.xml', data: 'abc' }]);
    zip.writeUInt32LE(crc32('abd'), zip.length - 22 - 46 - 5 + 16); // central CRC
    expect(refusal(inspectXlsx(zip, limits))).toBe('CORRUPT');
    const encrypted = repackXlsx(template, (entries) => entries.map((e, i) => (i === 0 ? { ...e, flags: 1 } : e)));
    expect(refusal(inspectXlsx(encrypted, limits))).toBe('ENCRYPTED');
  });

  it('refuses macros: xl/vbaProject.bin, a macro-enabled content type, Excel 4 macro sheets', () => {
    const withVba = repackXlsx(template, (e) => [...e, { name: 'xl/vbaProject.bin', data: randomBytes(512) }]);
    expect(refusal(inspectXlsx(withVba, limits))).toBe('MACRO');
    expect(message(inspectXlsx(withVba, limits))).toContain('宏');
    const xlsm = repackXlsx(template, (entries) =>
      entries.map((e) =>
        e.name === '[Content_Types].xml'
          ? { ...e, data: e.data.toString().replace('sheet.main+xml', 'sheet.macroEnabled.main+xml') }
          : e,
      ),
    );
    expect(refusal(inspectXlsx(xlsm, limits))).toBe('MACRO');
    const xlm = repackXlsx(template, (e) => [...e, { name: 'xl/macrosheets/sheet1.xml', data: '<xm:macrosheet/>' }]);
    expect(refusal(inspectXlsx(xlm, limits))).toBe('MACRO');
  });

  it('refuses external links and embedded objects but accepts plain hyperlinks', () => {
    const ext = repackXlsx(template, (e) => [
      ...e,
      { name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink/>' },
    ]);
    expect(refusal(inspectXlsx(ext, limits))).toBe('EXTERNAL_LINK');
    const rel = (type: string) =>
      repackXlsx(template, (entries) =>
        entries.map((e) =>
          e.name === 'xl/worksheets/_rels/sheet1.xml.rels'
            ? {
                ...e,
                data: e.data
                  .toString()
                  .replace(
                    '</Relationships>',
                    `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="file:///C:/x.xlsx" TargetMode="External"/></Relationships>`,
                  ),
              }
            : e,
        ),
      );
    expect(refusal(inspectXlsx(rel('oleObject'), limits))).toBe('EXTERNAL_LINK');
    expect(refusal(inspectXlsx(rel('hyperlink'), limits))).toBe('OK');
    const ole = repackXlsx(template, (e) => [...e, { name: 'xl/embeddings/oleObject1.bin', data: randomBytes(64) }]);
    expect(refusal(inspectXlsx(ole, limits))).toBe('EMBEDDED_OBJECT');
  });

  it('refuses duplicate entry names (two parsers could disagree on which one counts)', () => {
    const dup = repackXlsx(template, (e) => [...e, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(refusal(inspectXlsx(dup, limits))).toBe('CORRUPT');
  });
});
