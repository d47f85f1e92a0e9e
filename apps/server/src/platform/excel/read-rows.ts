import type ExcelJS from 'exceljs';
import { cellText, normalizeCell } from './cells';
import { HEADER_SEARCH_ROWS, isHeaderMatch, matchHeader, type HeaderMatch } from './header';
import type { ImportProblem, ImportRow, ImportSpec } from './import-spec';
import { inspectXlsx, type XlsxLimits } from './inspect-xlsx';
import { WorkbookPartsReader } from './workbook-parts-reader';

/** What readRows found: data rows with normalised values, every problem, and where the header was. */
export interface ReadRowsResult {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Excel row number of the header row; null when none was found or the file was refused. */
  headerRow: number | null;
}

/** The parts of exceljs's streaming worksheet reader we use (its typings omit `name` and `iterator`). */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
  iterator?: { destroy?: () => void; on?: (event: 'error', listener: (e: Error) => void) => void };
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: { name: string }[] };
}

/**
 * Reads sheet 1 of an uploaded import file with exceljs's streaming reader, after inspectXlsx accepted it:
 * finds the header row, maps headers to spec columns, and normalises cells per column kind. Empty rows are
 * skipped; reading stops at the first data row beyond spec.maxRows. Never throws for a bad file.
 */
export async function readRows(
  buffer: Buffer,
  spec: ImportSpec,
  limits?: Partial<XlsxLimits>,
): Promise<ReadRowsResult> {
  const inspection = inspectXlsx(buffer, { maxBytes: spec.maxBytes, ...limits });
  if (!inspection.ok) {
    return { rows: [], problems: [{ row: null, column: null, message: inspection.message }], headerRow: null };
  }
  try {
    return await readSheet(buffer, spec);
  } catch {
    return {
      rows: [],
      problems: [{ row: null, column: null, message: '文件内容无法解析，请在 Excel 或 WPS 中另存为 .xlsx 后重新上传' }],
      headerRow: null,
    };
  }
}

async function readSheet(buffer: Buffer, spec: ImportSpec): Promise<ReadRowsResult> {
  const reader = new WorkbookPartsReader(buffer, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to recognise date-formatted cells
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as BookReader;
  let result: ReadRowsResult | undefined;
  for await (const sheet of reader) {
    const first = reader.model?.sheets?.[0]?.name;
    if (result || sheet.name !== first) {
      // Not sheet 1: its part is left unread; a stream that fails later must not crash the process.
      sheet.iterator?.on?.('error', () => {});
      sheet.iterator?.destroy?.();
      continue;
    }
    result = await readFirstSheet(sheet, spec);
  }
  return result ?? { rows: [], problems: [{ row: null, column: null, message: '文件中没有工作表' }], headerRow: null };
}

async function readFirstSheet(sheet: SheetReader, spec: ImportSpec): Promise<ReadRowsResult> {
  const candidates: ExcelJS.Row[] = [];
  const state: Reading = { spec, rows: [], problems: [], dataRows: 0, done: false };
  for await (const row of sheet) {
    if (!state.header) {
      if (row.number <= HEADER_SEARCH_ROWS) {
        candidates.push(row);
        continue;
      }
      if (!locate(state, candidates)) break;
    }
    handleRow(state, row);
    if (state.done) break; // leaving the loop stops exceljs parsing the rest of the sheet
  }
  // A short file: every row was a header candidate; locate() also reads the rows after the header.
  if (!state.header && !state.done) locate(state, candidates);
  if (state.header && state.dataRows === 0 && !state.problems.some((p) => p.severity !== 'warning')) {
    state.problems.push({ row: null, column: null, message: '文件中没有数据行，请在表头下方填写数据' });
  }
  return { rows: state.rows, problems: state.problems, headerRow: state.header?.headerRow ?? null };
}

interface Reading {
  spec: ImportSpec;
  header?: HeaderMatch;
  rows: ImportRow[];
  problems: ImportProblem[];
  dataRows: number;
  done: boolean;
}

/** Chooses the header among the candidate rows; false (with a problem recorded) when reading must stop. */
function locate(state: Reading, candidates: ExcelJS.Row[]): boolean {
  const texts = candidates.map((row) => {
    const t: string[] = [''];
    row.eachCell({ includeEmpty: false }, (cell, col) => (t[col] = cellText(cell.value)));
    return { rowNumber: row.number, texts: Array.from(t, (x) => x ?? '') };
  });
  const match = matchHeader(texts, state.spec);
  if (!isHeaderMatch(match)) {
    state.problems.push(match);
    state.done = true;
    return false;
  }
  state.problems.push(...match.problems);
  if (match.problems.some((p) => p.severity !== 'warning')) {
    // Missing or duplicated columns: the rows cannot be read meaningfully.
    state.done = true;
    return false;
  }
  state.header = match;
  for (const row of candidates) if (row.number > match.headerRow) handleRow(state, row);
  candidates.length = 0;
  return !state.done;
}

function handleRow(state: Reading, row: ExcelJS.Row): void {
  const { spec, header } = state;
  if (!header || state.done || row.number <= header.headerRow) return;
  const values: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  let empty = true;
  for (const c of spec.columns) {
    const col = header.columns.get(c.key);
    if (col === undefined) continue;
    const { value, problem } = normalizeCell(row.getCell(col).value, c.kind);
    if (value === undefined) continue;
    empty = false;
    values[c.key] = value;
    if (problem) problems.push({ row: row.number, column: c.header, value, message: `${c.header}：${problem}` });
  }
  if (empty) return;
  if (state.dataRows >= spec.maxRows) {
    state.problems.push({
      row: row.number,
      column: null,
      message: `超过行数上限 ${spec.maxRows} 行：从第 ${row.number} 行起未读取，请拆分为多个文件分批导入`,
    });
    state.done = true;
    return;
  }
  state.dataRows++;
  state.rows.push({ rowNumber: row.number, values });
  state.problems.push(...problems);
}
