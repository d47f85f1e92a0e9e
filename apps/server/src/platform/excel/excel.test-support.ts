/**
 * Test-only helpers for the excel module's tests: a small hand-rolled zip writer (to forge bombs, macros and odd
 * layouts byte by byte), a repacker for real xlsx files, and the sample spec/schema the tests share.
 * Not exported from index.ts.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { buildTemplate } from './build-template';
import type { ImportSpec } from './import-spec';
import { loadWorkbook, workbookBuffer } from './xlsx-io';
import { entryDataRange, readZipDirectory } from './zip-directory';

/**
 * One entry to write. `declaredSize` lies about the uncompressed size; `zip64` writes sizes in a ZIP64 extra;
 * `descriptor` writes zero sizes in the local header and a signed data descriptor after the data (as streaming
 * writers such as Java's ZipOutputStream do).
 */
export interface ZipInput {
  name: string;
  data: Buffer | string;
  method?: 0 | 8;
  declaredSize?: number;
  zip64?: boolean;
  flags?: number;
  descriptor?: boolean;
}

/** Writes a zip file from entries, exactly as told (including lies). */
export function makeZip(inputs: ZipInput[], options: { trailing?: Buffer; hidden?: Buffer } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  inputs.forEach((input, i) => {
    const raw = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8');
    const method = input.method ?? 8;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(input.name, 'utf8');
    const size = input.declaredSize ?? raw.length;
    const crc = crc32(raw) >>> 0;
    const extra = input.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (input.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const flags = 0x800 | (input.flags ?? 0) | (input.descriptor ? 0x8 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(input.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (!input.descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(input.zip64 ? 0xffffffff : data.length, 18);
      local.writeUInt32LE(input.zip64 ? 0xffffffff : size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(input.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(input.zip64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(input.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    const descriptor = Buffer.alloc(input.descriptor ? 16 : 0);
    if (input.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    locals.push(local, name, extra, data, descriptor);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + data.length + descriptor.length;
    if (i === 0 && options.hidden) {
      locals.push(options.hidden);
      offset += options.hidden.length;
    }
  });
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(inputs.length, 8);
  eocd.writeUInt16LE(inputs.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd, options.trailing ?? Buffer.alloc(0)]);
}

/** The entries of a real zip, decompressed, in file order. */
export function unzipAll(buf: Buffer): { name: string; data: Buffer }[] {
  return readZipDirectory(buf).entries.map((e) => {
    const { start, end } = entryDataRange(buf, e);
    const data = buf.subarray(start, end);
    return { name: e.name, data: e.method === 8 ? inflateRawSync(data) : Buffer.from(data) };
  });
}

/** Rewrites a real xlsx through makeZip after `edit` (add, drop, reorder or change entries). */
export function repackXlsx(buf: Buffer, edit: (entries: ZipInput[]) => ZipInput[]): Buffer {
  return makeZip(edit(unzipAll(buf).filter((e) => !e.name.endsWith('/'))));
}

export const SCALE_OPTIONS = [
  { value: 'large', label: '大型' },
  { value: 'medium', label: '中型' },
  { value: 'small', label: '小型' },
  { value: 'micro', label: '微型' },
];

/** A small enterprise import: text, code, integer, decimal, date and dict columns; name and code required. */
export function sampleSpec(overrides: Partial<ImportSpec> = {}): ImportSpec {
  return {
    title: '企业信息导入模板',
    sheetName: '企业信息',
    instructions: ['一个统一社会信用代码只能出现一次。'],
    maxRows: 100,
    maxBytes: 5 * 1024 * 1024,
    columns: [
      { key: 'name', header: '企业名称', required: true, kind: 'text', example: '某某科技有限公司' },
      {
        key: 'creditCode',
        header: '统一社会信用代码',
        required: true,
        kind: 'code',
        note: '18位，字母大写',
        example: '91621122MA71ABCD8R',
      },
      { key: 'staff', header: '职工人数', required: false, kind: 'integer' },
      { key: 'capital', header: '注册资本（万元）', required: false, kind: 'decimal' },
      { key: 'foundedOn', header: '成立日期', required: false, kind: 'date' },
      { key: 'scale', header: '企业规模', required: false, kind: 'dict', options: SCALE_OPTIONS },
    ],
    ...overrides,
  };
}

/** The schema an enterprise API would use for the sample spec. */
export const sampleSchema = z.object({
  name: z.string().trim().min(1).max(50),
  creditCode: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '应为 18 位数字或大写字母')),
  staff: z.number().int().min(0).optional(),
  capital: z.number().min(0).optional(),
  foundedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD')
    .optional(),
  scale: z.enum(['large', 'medium', 'small', 'micro']).optional(),
});

/** Builds the template of `spec`, writes `rows` (arrays in column order) from row 2 and returns the xlsx. */
export async function filledTemplate(spec: ImportSpec, rows: unknown[][], startRow = 2): Promise<Buffer> {
  const wb = await loadWorkbook(await buildTemplate(spec));
  const ws = wb.worksheets[0];
  rows.forEach((values, i) => {
    const row = ws.getRow(startRow + i);
    values.forEach((v, j) => {
      if (v !== undefined) row.getCell(j + 1).value = v as never;
    });
  });
  return workbookBuffer(wb);
}
