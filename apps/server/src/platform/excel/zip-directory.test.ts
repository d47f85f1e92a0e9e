import { describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template';
import { makeZip, sampleSpec } from './excel.test-support';
import { checkZipLayout, readZipDirectory, ZipFormatError } from './zip-directory';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZipFormatError) return e.code;
    throw e;
  }
  return 'OK';
};

describe('readZipDirectory', () => {
  it('lists names, sizes and count of a hand-built zip', () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'hello hello hello hello' },
      { name: '目录/b.bin', data: Buffer.alloc(1000), method: 0 },
    ]);
    const dir = readZipDirectory(zip);
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 23],
      ['目录/b.bin', 0, 1000],
    ]);
    expect(dir.entries[1].compressedSize).toBe(1000);
    expect(() => checkZipLayout(zip, dir)).not.toThrow();
  });

  it('reads the directory of an xlsx written by exceljs', async () => {
    const xlsx = await buildTemplate(sampleSpec());
    const dir = readZipDirectory(xlsx);
    const names = dir.entries.map((e) => e.name);
    expect(names).toContain('[Content_Types].xml');
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(dir.entries.reduce((s, e) => s + e.uncompressedSize, 0)).toBeGreaterThan(xlsx.length);
    expect(() => checkZipLayout(xlsx, dir)).not.toThrow();
  });

  it('takes sizes from the ZIP64 extra field when the header says 0xFFFFFFFF', () => {
    const zip = makeZip([{ name: 'big.xml', data: 'x'.repeat(100), zip64: true, declaredSize: 5_000_000_000 }]);
    const [entry] = readZipDirectory(zip).entries;
    expect(entry.uncompressedSize).toBe(5_000_000_000);
    expect(entry.compressedSize).toBeLessThan(100);
  });

  it('accepts entries followed by data descriptors and checks the descriptor against the directory', () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'abc'.repeat(50), descriptor: true },
      { name: 'b.txt', data: 'def', method: 0, descriptor: true },
    ]);
    const dir = readZipDirectory(zip);
    expect(() => checkZipLayout(zip, dir)).not.toThrow();
    const bad = Buffer.from(zip);
    const firstData = 30 + 5 + dir.entries[0].compressedSize;
    bad.writeUInt32LE(0, firstData + 4); // descriptor CRC
    expect(codeOf(() => checkZipLayout(bad, readZipDirectory(bad)))).toBe('CORRUPT');
  });

  it('refuses truncated files, trailing garbage and out-of-range directories', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'abc' }]);
    expect(codeOf(() => readZipDirectory(zip.subarray(0, zip.length - 5)))).toBe('CORRUPT');
    expect(codeOf(() => readZipDirectory(Buffer.concat([zip, Buffer.from('garbage')])))).toBe('CORRUPT');
    expect(codeOf(() => readZipDirectory(Buffer.alloc(10)))).toBe('CORRUPT');
    const bad = Buffer.from(zip);
    bad.writeUInt32LE(bad.length * 2, bad.length - 6); // directory offset beyond the file
    expect(codeOf(() => readZipDirectory(bad))).toBe('CORRUPT');
  });

  it('refuses too many entries before parsing them', () => {
    const zip = makeZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
    expect(codeOf(() => readZipDirectory(zip, 19))).toBe('TOO_MANY_ENTRIES');
    expect(readZipDirectory(zip, 20).entries).toHaveLength(20);
  });

  it('refuses data hidden between entries (invisible to the directory, visible to a streaming parser)', () => {
    const zip = makeZip(
      [
        { name: 'a.txt', data: 'abc' },
        { name: 'b.txt', data: 'def' },
      ],
      { hidden: makeZip([{ name: 'bomb.xml', data: Buffer.alloc(10_000) }]) },
    );
    const dir = readZipDirectory(zip);
    expect(dir.entries).toHaveLength(2);
    expect(codeOf(() => checkZipLayout(zip, dir))).toBe('CORRUPT');
  });
});
