import { ERROR_COLUMN_HEADER, type ImportColumn, type ImportProblem, type ImportSpec } from './import-spec';

/** How many rows from the top are searched for the header row (a title row above it is tolerated). */
export const HEADER_SEARCH_ROWS = 10;

/** Where the header is and which sheet column (1-based) holds each spec column. */
export interface HeaderMatch {
  headerRow: number;
  /** Spec column key → 1-based sheet column. */
  columns: Map<string, number>;
  /** 1-based sheet column of an earlier error report's '错误原因' column, if any. */
  errorColumn?: number;
  problems: ImportProblem[];
}

/** Compares headers leniently: full/half width, spaces, the `*` of required columns and '(必填)' are ignored. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\((必填|选填|可选)\)$/, '');
}

/** Excel column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The header text a template prints: `*` before required columns. */
export const templateHeader = (c: ImportColumn) => (c.required ? `*${c.header}` : c.header);

const isErrorHeader = (h: string) => h.startsWith(ERROR_COLUMN_HEADER);

/**
 * Picks the header row among the first rows (the one matching most spec headers) and maps its cells to spec
 * columns. Missing required columns and duplicated columns are errors; unknown columns are warnings.
 * `rows` holds each candidate row's cell texts by 1-based column.
 */
export function matchHeader(
  rows: { rowNumber: number; texts: string[] }[],
  spec: ImportSpec,
): HeaderMatch | ImportProblem {
  const byHeader = new Map(spec.columns.map((c) => [normalizeHeader(c.header), c]));
  let best: { rowNumber: number; texts: string[]; score: number } | undefined;
  for (const r of rows) {
    const score = r.texts.filter((t) => t && byHeader.has(normalizeHeader(t))).length;
    if (score > 0 && (!best || score > best.score)) best = { ...r, score };
  }
  if (!best) {
    return {
      row: null,
      column: null,
      message: `未找到表头：前 ${HEADER_SEARCH_ROWS} 行中没有模板中的列名，请下载导入模板填写后上传`,
    };
  }
  const match: HeaderMatch = { headerRow: best.rowNumber, columns: new Map(), problems: [] };
  best.texts.forEach((text, col) => {
    if (!text || !text.trim()) return;
    const h = normalizeHeader(text);
    if (isErrorHeader(h)) {
      match.errorColumn = col;
      return;
    }
    const column = byHeader.get(h);
    if (!column) {
      match.problems.push({
        row: best.rowNumber,
        column: text.trim(),
        severity: 'warning',
        message: `未识别的列“${text.trim()}”（第 ${columnLetter(col)} 列），该列已忽略`,
      });
      return;
    }
    const previous = match.columns.get(column.key);
    if (previous !== undefined) {
      match.problems.push({
        row: best.rowNumber,
        column: column.header,
        message: `“${column.header}”列重复出现（第 ${columnLetter(previous)} 列和第 ${columnLetter(col)} 列），请删除多余的列`,
      });
      return;
    }
    match.columns.set(column.key, col);
  });
  for (const c of spec.columns) {
    if (c.required && !match.columns.has(c.key)) {
      match.problems.push({
        row: best.rowNumber,
        column: c.header,
        message: `缺少必填列“${c.header}”，请使用最新的导入模板，不要删除或改名表头`,
      });
    }
  }
  return match;
}

/** Whether matchHeader found a header (rather than returning the problem that it did not). */
export const isHeaderMatch = (m: HeaderMatch | ImportProblem): m is HeaderMatch => 'headerRow' in m;
