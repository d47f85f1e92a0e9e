import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
// eslint-disable-next-line no-restricted-imports -- the same deterministic text as the API round-trip test
import { multibyteText } from '../../../apps/server/test/multibyte-text';
import { creditCode } from '../gen/names';
import { openDatabase } from '../product';
import type { Target } from '../scales';
import { importOnProduct } from './import-op';
import { call, callJson, type Side } from './types';

/** Rows of (h), the import of multi-byte text whose stored cells are compared with the file. */
export const MULTIBYTE_IMPORT_ROWS = 100_000;

/** One row of the (h) file: the credit code it is found by, and the text cells compared after the import. */
export interface MultibyteRow {
  creditCode: string;
  name: string;
  address: string;
  contactName: string;
}

/** What (h) measured: the product's import end to end, then every stored text cell compared with the file. */
export interface MultibyteImportResult {
  status: 'done' | 'pending' | 'failed';
  reason?: string;
  rows?: number;
  product?: Awaited<ReturnType<typeof importOnProduct>>;
  /** Text cells compared (rows × 3: 企业名称, 地址, 联系人) and how many differ from the file (a row not found counts 3). */
  verified?: { cells: number; mismatches: number; rowsMissing: number; first: Record<string, unknown>[] };
  /** Parameters raised for the run (on the run's working copy only), before → after. */
  params?: Record<string, string>;
}

/** The text cells of row i: 企业名称 unique by its serial, 地址 and 联系人 within the import's length limits. */
export function multibyteRows(countyCode: string, serialBase: number, rows: number): MultibyteRow[] {
  return Array.from({ length: rows }, (_, i) => ({
    creditCode: creditCode(countyCode, serialBase + i),
    name: `陇西${multibyteText(41, i, 2, 30)}${serialBase + i}号有限公司`,
    address: `甘肃省陇西县${multibyteText(42, i, 4, 80)}`,
    contactName: multibyteText(43, i, 2, 14),
  }));
}

/**
 * The file as a user would upload it: sheet 1 with the header row of the product's own template and the rows
 * under it, text in shared strings. Written with exceljs's streaming writer: its in-memory writer
 * (Workbook.xlsx.writeBuffer) hands each XML part to JSZip as a string that JSZip encodes in 16,384-unit pieces,
 * so an emoji or Extension B character on a cut would be written as two U+FFFD (FINDINGS F17).
 */
export async function buildMultibyteFile(county: Side, rows: MultibyteRow[]): Promise<Buffer> {
  const res = await call(county, 'GET', '/api/v1/enterprises/import-template');
  if (!res.ok) throw new Error(`import template → ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(await res.arrayBuffer());
  const sheet = template.worksheets[0];
  const header = Array.from(sheet.getRow(1).values as unknown[])
    .slice(1)
    .map((h) => String(h ?? ''));
  const col = (name: string) => {
    const at = header.findIndex((h) => h.replace(/^\*/, '') === name);
    if (at < 0) throw new Error(`import template: no column “${name}”`);
    return at;
  };
  const cols = {
    name: col('企业名称'),
    creditCode: col('统一社会信用代码'),
    address: col('地址'),
    contact: col('联系人'),
  };
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const ws = book.addWorksheet(sheet.name);
  ws.addRow(header).commit();
  for (const r of rows) {
    const cells: (string | null)[] = header.map(() => null);
    cells[cols.name] = r.name;
    cells[cols.creditCode] = r.creditCode;
    cells[cols.address] = r.address;
    cells[cols.contact] = r.contactName;
    ws.addRow(cells).commit();
  }
  await book.commit();
  return Buffer.concat(chunks);
}

/**
 * `system.import_max_rows` is 20,000 by default (base-params.ts) and `system.upload_max_mb` 20: (h) raises them
 * as a system administrator would, through the product's parameter API (PUT /api/v1/params/:key, audited).
 * Every run measures a working copy of the generated data that is dropped afterwards, so the generated dataset
 * and later runs keep the defaults. Returns what was changed, as 'before → after'.
 */
export async function raiseImportLimits(admin: Side, rows: number, fileBytes: number): Promise<Record<string, string>> {
  const params = await callJson<{ key: string; value: string; version: number }[]>(admin, 'GET', '/api/v1/params');
  const wanted: Record<string, number> = {
    'system.import_max_rows': rows,
    'system.upload_max_mb': Math.ceil(fileBytes / 1024 / 1024) + 1,
  };
  const changed: Record<string, string> = {};
  for (const [key, min] of Object.entries(wanted)) {
    const p = params.find((x) => x.key === key);
    if (!p) throw new Error(`parameter ${key} not found`);
    if (Number(p.value) >= min) continue;
    await callJson(admin, 'PUT', `/api/v1/params/${key}`, { version: p.version, value: String(min) });
    changed[key] = `${p.value} → ${min}`;
  }
  return changed;
}

/** (h) on the product: upload → validation job → confirm → commit job, timed as (g), with a longer bound. */
export function multibyteImportOnProduct(county: Side, file: Buffer, rows: number) {
  // ~1 s per 1,000 rows on PGlite for both jobs together; 10 minutes is far above it.
  return importOnProduct(county, file, Math.max(600_000, rows * 6), `bench-import-multibyte-${rows}.xlsx`);
}

/**
 * Reads every imported enterprise back from the database (not through the API: nothing between the table and
 * the comparison) and compares 企业名称, 地址 and 联系人 with the file's text, exactly. On PGlite the product must be
 * stopped first: one process owns the data directory.
 */
export async function verifyStoredText(target: Target, rows: MultibyteRow[]) {
  const database = await openDatabase(target.kind === 'postgres' ? { url: target.url } : { dataDir: target.dataDir });
  const stored = new Map<string, { name: string; address: string | null; contact_name: string | null }>();
  try {
    for (let i = 0; i < rows.length; i += 5_000) {
      const codes = rows.slice(i, i + 5_000).map((r) => r.creditCode);
      // Raw SQL: the table's Kysely type is the enterprise module's, which the bench does not load.
      const { rows: found } = await sql<{
        credit_code: string;
        name: string;
        address: string | null;
        contact_name: string | null;
      }>`select credit_code, name, address, contact_name from enterprise where credit_code = any(${codes}::text[])`.execute(
        database.db,
      );
      for (const e of found) stored.set(e.credit_code, e);
    }
  } finally {
    await database.close();
  }
  let mismatches = 0;
  let rowsMissing = 0;
  const first: Record<string, unknown>[] = [];
  rows.forEach((r, i) => {
    const e = stored.get(r.creditCode);
    if (!e) {
      rowsMissing++;
      mismatches += 3;
      if (first.length < 5) first.push({ row: i + 2, creditCode: r.creditCode, stored: null });
      return;
    }
    for (const [column, written, got] of [
      ['企业名称', r.name, e.name],
      ['地址', r.address, e.address],
      ['联系人', r.contactName, e.contact_name],
    ] as const) {
      if (written === got) continue;
      mismatches++;
      if (first.length < 5) first.push({ row: i + 2, column, written, stored: got });
    }
  });
  return { cells: rows.length * 3, mismatches, rowsMissing, first };
}
