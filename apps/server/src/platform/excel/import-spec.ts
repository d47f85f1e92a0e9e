/**
 * The description of one Excel import: which columns a template has, what each may hold, and the limits.
 * One spec drives the template, the reader, the validator and the error report, so they cannot drift apart.
 */

/** How a column's raw cell value is normalised before the zod schema sees it. */
export type ColumnKind = 'text' | 'code' | 'integer' | 'decimal' | 'date' | 'dict';

/** One choice of a dict column: the user picks `label`, the row gets `value`. */
export interface DictOption {
  value: string;
  label: string;
}

/** One column of an import template. */
export interface ImportColumn {
  /** Property name in the row object handed to the zod schema. */
  key: string;
  /** Chinese column title as printed in the template (without the `*` of required columns). */
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** For `dict` columns: the allowed choices (the dropdown shows the labels). */
  options?: DictOption[];
  /** The rule shown in the header's cell note and in 填写说明, e.g. '18位，字母大写'. */
  note?: string;
  /** Column width in Excel character units. */
  width?: number;
  /** An example value, shown in the header note and in 填写说明 (never as a data row). */
  example?: string;
}

/** A whole import: template title, sheet name, columns, instructions and limits. */
export interface ImportSpec {
  /** e.g. '企业信息导入模板'. */
  title: string;
  /** Name of sheet 1, e.g. '企业信息'. */
  sheetName: string;
  columns: ImportColumn[];
  /** Lines printed on the 填写说明 sheet, before the generated column table. */
  instructions: string[];
  /** Most data rows one file may hold. */
  maxRows: number;
  /** Largest accepted file size in bytes. */
  maxBytes: number;
}

/**
 * One finding about an uploaded file. `row` is the row number Excel shows (null for file-level findings),
 * `column` the column HEADER as the user sees it (null for row- or file-level findings). `severity` is absent
 * for errors; 'warning' findings (e.g. an extra column that is ignored) do not block an import.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  value?: unknown;
  message: string;
  severity?: 'error' | 'warning';
}

/** One data row as read from the sheet: Excel row number and normalised values keyed by column key. */
export interface ImportRow {
  rowNumber: number;
  values: Record<string, unknown>;
}

/** Whether any problem blocks the import (everything but warnings does). */
export function hasBlockingProblems(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity !== 'warning');
}

/** One problem as a line for lists and logs: '第 12 行：统一社会信用代码：校验位错误'. */
export function formatProblem(p: ImportProblem): string {
  return p.row === null ? p.message : `第 ${p.row} 行：${p.message}`;
}

/** Header of the column the error report adds; the reader ignores it so a corrected report can be re-uploaded. */
export const ERROR_COLUMN_HEADER = '错误原因';
