import ExcelJS from 'exceljs';
import { applyDictValidation } from './dict-validation';
import { templateHeader } from './header';
import type { ImportColumn, ImportSpec } from './import-spec';
import { formatBytes } from './inspect-xlsx';
import { workbookBuffer } from './xlsx-io';

/**
 * The downloadable import template. Sheet 1 (spec.sheetName): one frozen header row, `*` and a tint on required
 * columns, a note on every header with its rule and example, dropdowns on dict columns, text format on text/code
 * columns and yyyy-mm-dd on date columns. Sheet 2 '填写说明': instructions, limits and the column table.
 *
 * Examples live in the header notes and in 填写说明, never as a grey example row: a forgotten example row would
 * be imported, and a reader that skips "the grey row" would silently drop a real row typed over it.
 */

/** Name of the instructions sheet. */
export const INSTRUCTIONS_SHEET = '填写说明';

/** Rows below the header that get per-cell formats and dropdowns (columns also carry the format as a style). */
export const formattedRowCount = (spec: ImportSpec) => Math.min(spec.maxRows, 2000);

const REQUIRED_FILL = 'FFFCE4D6';
const OPTIONAL_FILL = 'FFF2F2F2';
const HEADER_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const NOTE_OPTION_LIMIT = 20;

const KIND_TEXT: Record<ImportColumn['kind'], string> = {
  text: '文本',
  code: '代码（已设为文本格式，请按原样填写，保留前导 0）',
  integer: '整数',
  decimal: '数字，可带小数',
  date: '日期，格式 YYYY-MM-DD，如 2024-01-31',
  dict: '从下拉列表中选择',
};

/** Display width of a string in Excel character units (CJK characters count double). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** The number format a column of this kind carries ('@' = text), or undefined for General. */
export function kindNumFmt(kind: ImportColumn['kind']): string | undefined {
  if (kind === 'text' || kind === 'code') return '@';
  return kind === 'date' ? 'yyyy-mm-dd' : undefined;
}

/** The rule of a column in words: kind, note, allowed labels (shortened) — for notes and 填写说明. */
export function columnRule(c: ImportColumn, optionLimit = NOTE_OPTION_LIMIT): string {
  const parts = [KIND_TEXT[c.kind]];
  if (c.note) parts.push(c.note);
  const labels = (c.options ?? []).map((o) => o.label);
  if (labels.length > 0) {
    const shown = labels.slice(0, optionLimit).join('、');
    parts.push(labels.length > optionLimit ? `可选：${shown}…等 ${labels.length} 项` : `可选：${shown}`);
  }
  return parts.join('；');
}

function headerNote(c: ImportColumn): string {
  const lines = [c.required ? '必填' : '选填', columnRule(c)];
  if (c.example) lines.push(`示例：${c.example}`);
  return lines.join('\n');
}

function columnWidth(c: ImportColumn): number {
  if (c.width) return c.width;
  const floor = c.kind === 'code' ? 22 : c.kind === 'date' ? 14 : 12;
  return Math.min(40, Math.max(floor, textWidth(templateHeader(c)) + 4));
}

/** Writes the styled header row 1 (and column widths/formats) of a data sheet. */
function writeHeader(ws: ExcelJS.Worksheet, spec: ImportSpec): void {
  const header = ws.getRow(1);
  header.height = 30;
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = columnWidth(c);
    const numFmt = kindNumFmt(c.kind);
    if (numFmt) column.numFmt = numFmt;
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(c);
    cell.style = {
      numFmt: '@',
      font: { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? REQUIRED_FILL : OPTIONAL_FILL } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: HEADER_BORDER,
    };
    cell.note = headerNote(c);
  });
}

function writeInstructions(ws: ExcelJS.Worksheet, spec: ImportSpec): void {
  ws.columns = [{ width: 26 }, { width: 10 }, { width: 70 }, { width: 26 }];
  const title = ws.addRow([`${spec.title} 填写说明`]);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(title.number, 1, title.number, 4);
  const section = (text: string) => (ws.addRow([text]).font = { bold: true });
  section('一、填写要求');
  const general = [
    `在“${spec.sheetName}”工作表第 1 行表头下方逐行填写，一行一条数据；完全空白的行会被忽略。`,
    '带 * 的列为必填项。请勿修改、删除、调整表头，不要合并单元格。',
    '代码类列已设为文本格式，请直接输入；从其他文件复制时请使用“选择性粘贴 → 数值”。',
    '带下拉箭头的列只能选择列表中的选项。日期请按 2024-01-31 的格式填写。',
  ];
  [...spec.instructions, ...general].forEach((line, i) => {
    const row = ws.addRow([`${i + 1}. ${line}`]);
    ws.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.addRow([]);
  section('二、导入限制');
  ws.addRow([
    `每个文件最多 ${spec.maxRows} 行数据，文件不超过 ${formatBytes(spec.maxBytes)}；仅支持 .xlsx（不支持 .xls、.xlsm、.csv），不得包含宏或外部链接。`,
  ]);
  ws.addRow([]);
  section('三、列说明');
  const head = ws.addRow(['列名', '是否必填', '格式/规则', '示例']);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OPTIONAL_FILL } };
    cell.border = HEADER_BORDER;
  });
  for (const c of spec.columns) {
    const row = ws.addRow([templateHeader(c), c.required ? '必填' : '选填', columnRule(c, 200), c.example ?? '']);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = HEADER_BORDER));
  }
}

/** Builds the import template workbook of a spec as an .xlsx buffer. */
export async function buildTemplate(spec: ImportSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KeChuang 科创';
  wb.title = spec.title;
  const ws = wb.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  writeHeader(ws, spec);
  writeInstructions(wb.addWorksheet(INSTRUCTIONS_SHEET), spec);
  const last = 1 + formattedRowCount(spec);
  spec.columns.forEach((c, i) => {
    const numFmt = kindNumFmt(c.kind);
    if (numFmt) for (let r = 2; r <= last; r++) ws.getCell(r, i + 1).numFmt = numFmt;
    if (c.kind === 'dict') applyDictValidation(wb, ws, c, i + 1, 2, last);
  });
  return workbookBuffer(wb);
}
