import ExcelJS from 'exceljs';
import { chinaDateTime } from '@kechuang/domain';
import { textWidth } from './build-template';
import { plainNumber } from './cells';
import type { ColumnKind, DictOption } from './import-spec';
import { workbookBuffer } from './xlsx-io';

/** Kinds of an exported column: the import kinds plus 'money' (a number shown with 2 decimals). */
export type ExportKind = ColumnKind | 'money';

/** One column of an export. For dict columns, `options` turns stored values into labels. */
export interface ExportColumn {
  key: string;
  header: string;
  kind: ExportKind;
  width?: number;
  options?: DictOption[];
}

/** Who exported and when; exports with personal data must carry it (docs/rules.md §6.4). */
export interface ExportStamp {
  user: string;
  at?: Date;
  /** e.g. '含个人信息，仅限工作使用，请勿外传'. */
  notice?: string;
}

/** Input of exportRows. */
export interface ExportOptions {
  sheetName: string;
  columns: ExportColumn[];
  rows: readonly Record<string, unknown>[];
  title?: string;
  stamp?: ExportStamp;
}

const NUM_FMT: Partial<Record<ExportKind, string>> = {
  text: '@',
  code: '@',
  dict: '@',
  integer: '0',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** The line stamped on an export: '导出人：张三 导出时间：2026-01-02 13:04:05 …', parts separated by U+3000. */
export function stampLine(stamp: ExportStamp): string {
  const parts = [`导出人：${stamp.user}`, `导出时间：${chinaDateTime(stamp.at ?? new Date())}`];
  if (stamp.notice) parts.push(stamp.notice);
  return parts.join('\u3000');
}

/** The value written for one cell of a column. */
/** Text a spreadsheet may take for a formula once edited or saved as CSV (OWASP "CSV injection"). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** Formula-like text gets a leading apostrophe, so no program ever runs what a user typed into a record. */
export function neutraliseFormula(text: string): string {
  return text.length > 1 && FORMULA_LIKE.test(text) && !NUMERIC.test(text.trim()) ? `'${text}` : text;
}

function exportValue(column: ExportColumn, v: unknown): ExcelJS.CellValue {
  const value = exportCellValue(column, v);
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

function exportCellValue(column: ExportColumn, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  switch (column.kind) {
    case 'integer':
    case 'decimal':
    case 'money':
      if (typeof v === 'number') return v;
      return typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : String(v);
    case 'date': {
      const iso = v instanceof Date ? chinaDateTime(v).slice(0, 10) : String(v);
      const m = ISO_DATE.exec(iso);
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
    }
    case 'dict':
      return column.options?.find((o) => o.value === String(v))?.label ?? String(v);
    default:
      return typeof v === 'number' ? plainNumber(v) : v instanceof Date ? chinaDateTime(v) : String(v);
  }
}

function defaultWidth(c: ExportColumn): number {
  const floor = c.kind === 'code' ? 22 : c.kind === 'money' ? 16 : 12;
  return Math.min(40, Math.max(floor, textWidth(c.header) + 4));
}

/**
 * A plain .xlsx of any (filtered) list: optional title line, the stamp line (who/when) when given — also in the
 * print footer — then a styled, frozen, filterable header and the rows. Codes are text, money is numeric with
 * 2 decimals, dates are real Excel dates. Strings are written as strings, never as formulas.
 */
export async function exportRows(options: ExportOptions): Promise<Buffer> {
  const { columns, rows, title, stamp } = options;
  const wb = new ExcelJS.Workbook();
  wb.creator = stamp?.user ?? 'KeChuang 科创';
  wb.created = stamp?.at ?? new Date();
  const ws = wb.addWorksheet(options.sheetName);
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? defaultWidth(c);
    const numFmt = NUM_FMT[c.kind];
    if (numFmt) col.numFmt = numFmt;
  });
  const span = Math.max(1, columns.length);
  if (title) {
    const row = ws.addRow([title]);
    row.font = { bold: true, size: 14 };
    ws.mergeCells(row.number, 1, row.number, span);
  }
  if (stamp) {
    const row = ws.addRow([stampLine(stamp)]);
    row.font = { color: { argb: 'FF7F7F7F' }, size: 9 };
    ws.mergeCells(row.number, 1, row.number, span);
    ws.headerFooter.oddFooter = `&L${stampLine(stamp).replace(/&/g, '&&')}&R第 &P 页，共 &N 页`;
  } else {
    ws.headerFooter.oddFooter = '&R第 &P 页，共 &N 页';
  }
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.style = {
      numFmt: '@',
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      alignment: { horizontal: 'center', vertical: 'middle' },
      border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
    };
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  if (columns.length > 0) {
    ws.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: span } };
  }
  for (const r of rows) ws.addRow(columns.map((c) => exportValue(c, r[c.key])));
  return workbookBuffer(wb);
}
