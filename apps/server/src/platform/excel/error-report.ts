import type ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { formattedRowCount } from './build-template';
import { cellText } from './cells';
import { applyDictValidation } from './dict-validation';
import { HEADER_SEARCH_ROWS, isHeaderMatch, matchHeader, type HeaderMatch } from './header';
import { ERROR_COLUMN_HEADER, type ImportProblem, type ImportSpec } from './import-spec';
import { inspectXlsx } from './inspect-xlsx';
import { loadWorkbook, workbookBuffer } from './xlsx-io';

/**
 * The error report is the user's own workbook with failure reasons written back, and nothing else changed on
 * rows that passed (creekmoon/excel-utils' "write back only failures"): sheet 1 gets a '错误原因' column whose
 * header carries the summary '共 N 行，失败 Y 行'; each bad cell is filled red and carries a note with its
 * message; a last sheet '导入结果' lists every problem, including file-level ones that have no cell.
 * Row numbers do not move, so they match the on-screen list. A corrected report can be uploaded again: the
 * reader ignores the '错误原因' column, and a new report clears the marks of the previous one.
 */

/** Name of the sheet listing every problem. */
export const RESULT_SHEET = '导入结果';

/** Fill of a bad cell (Excel's "bad" red) and the note prefix that identifies marks made by a report. */
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const NOTE_PREFIX = '【导入错误】';
const RED_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' } };

/** Summary line of a report, e.g. '共 120 行，失败 7 行'. */
export const summaryLine = (total: number, failed: number) => `共 ${total} 行，失败 ${failed} 行`;

function locateHeader(ws: ExcelJS.Worksheet, spec: ImportSpec): HeaderMatch | undefined {
  const rows: { rowNumber: number; texts: string[] }[] = [];
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const texts: string[] = [''];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => (texts[col] = cellText(cell.value)));
    rows.push({ rowNumber: r, texts: Array.from(texts, (t) => t ?? '') });
  }
  const match = matchHeader(rows, spec);
  return isHeaderMatch(match) ? match : undefined;
}

/** Removes the fills and notes a previous error report put on the sheet, and empties its error column. */
function clearPreviousMarks(ws: ExcelJS.Worksheet, errorColumn: number | undefined): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const note = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('');
      if (note?.startsWith(NOTE_PREFIX)) {
        const { fill: _fill, ...rest } = cell.style;
        cell.style = rest;
        // exceljs has no API to delete a note; assigning undefined would write an empty one.
        (cell as unknown as { _comment?: unknown })._comment = undefined;
      }
      if (col === errorColumn) cell.value = null;
    });
  });
}

function countDataRows(ws: ExcelJS.Worksheet, header: HeaderMatch): number {
  const cols = [...header.columns.values()];
  let n = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > header.headerRow && cols.some((c) => cellText(row.getCell(c).value).trim() !== '')) n++;
  });
  return n;
}

function markRows(
  ws: ExcelJS.Worksheet,
  header: HeaderMatch,
  errorCol: number,
  problems: readonly ImportProblem[],
  spec: ImportSpec,
) {
  const keyOf = new Map(spec.columns.map((c) => [c.header, c.key]));
  const byRow = new Map<number, ImportProblem[]>();
  for (const p of problems) {
    if (p.row !== null && p.row > header.headerRow) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  }
  for (const [r, list] of byRow) {
    const reason = ws.getCell(r, errorCol);
    reason.value = list.map((p) => p.message).join('；');
    reason.style = { ...reason.style, font: RED_FONT, alignment: { wrapText: true, vertical: 'top' } };
    const byCol = new Map<number, string[]>();
    for (const p of list) {
      const col = p.column === null ? undefined : header.columns.get(keyOf.get(p.column) ?? '');
      if (col !== undefined) byCol.set(col, [...(byCol.get(col) ?? []), p.message]);
    }
    for (const [col, messages] of byCol) {
      const cell = ws.getCell(r, col);
      // A new style object: exceljs shares one style object between cells loaded with the same style id.
      cell.style = { ...cell.style, fill: BAD_FILL };
      cell.note = `${NOTE_PREFIX}\n${messages.join('\n')}`;
    }
  }
  return byRow.size;
}

function writeResultSheet(wb: ExcelJS.Workbook, summary: string, problems: readonly ImportProblem[]): void {
  const old = wb.getWorksheet(RESULT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULT_SHEET);
  ws.columns = [{ width: 10 }, { width: 24 }, { width: 80 }, { width: 8 }];
  ws.addRow([summary]).font = { bold: true, size: 12 };
  const head = ws.addRow(['行号', '列', '错误原因', '级别']);
  head.font = { bold: true };
  for (const p of problems) {
    ws.addRow([p.row ?? '—', p.column ?? '—', p.message, p.severity === 'warning' ? '提示' : '错误']);
  }
}

/** Returns the uploaded workbook with failure reasons written back; see the module comment. */
export async function buildErrorReport(
  originalBuffer: Buffer,
  problems: readonly ImportProblem[],
  spec: ImportSpec,
): Promise<Buffer> {
  const inspection = inspectXlsx(originalBuffer, { maxBytes: spec.maxBytes });
  if (!inspection.ok) throw new AppError('VALIDATION_FAILED', inspection.message);
  // Validations are dropped on load (a whole-column range would expand to a million entries) and the spec's
  // dropdowns are put back below.
  const wb = await loadWorkbook(originalBuffer, { ignoreNodes: ['dataValidations'] });
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('VALIDATION_FAILED', '文件中没有工作表');
  const header = locateHeader(ws, spec);
  const errors = problems.filter((p) => p.severity !== 'warning');
  let summary = `${summaryLine(0, 0)}（未找到表头，见“${RESULT_SHEET}”工作表）`;
  if (header) {
    const lastCol = Math.max(ws.actualColumnCount, ...header.columns.values());
    const errorCol = header.errorColumn ?? lastCol + 1;
    clearPreviousMarks(ws, header.errorColumn);
    const failed = markRows(ws, header, errorCol, errors, spec);
    const fileLevel = errors.filter((p) => p.row === null || p.row <= header.headerRow).length;
    summary = summaryLine(countDataRows(ws, header), failed);
    if (fileLevel > 0) summary += `；另有 ${fileLevel} 个文件级问题，见“${RESULT_SHEET}”工作表`;
    const head = ws.getCell(header.headerRow, errorCol);
    head.value = `${ERROR_COLUMN_HEADER}（${summary}）`;
    head.style = {
      font: { bold: true, color: { argb: 'FFC00000' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } },
      alignment: { wrapText: true, vertical: 'middle' },
    };
    ws.getColumn(errorCol).width = 50;
    const lastRow = Math.max(ws.rowCount, header.headerRow + formattedRowCount(spec));
    for (const c of spec.columns) {
      const col = header.columns.get(c.key);
      if (c.kind === 'dict' && col !== undefined) applyDictValidation(wb, ws, c, col, header.headerRow + 1, lastRow);
    }
  }
  writeResultSheet(wb, summary, problems);
  return workbookBuffer(wb);
}
