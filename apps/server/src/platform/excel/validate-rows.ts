import type { z } from 'zod';
import { plainNumber } from './cells';
import type { ImportColumn, ImportProblem, ImportRow, ImportSpec } from './import-spec';

/**
 * Row validation with the API's own zod schema: dict labels become values, required cells are checked, every
 * zod issue becomes a problem on the cell's column header, and duplicate keys inside the file are reported.
 * Messages name the column ('职工人数：应填写数字，“十二”不是数字'); the row number travels in `row`.
 */

/** Extra checks: each entry is a column key, or a list of keys forming one composite key, unique in the file. */
export interface ValidateOptions {
  unique?: (string | string[])[];
}

/** A row that passed: its Excel row number and the schema's output. */
export interface ValidRow<T> {
  rowNumber: number;
  data: T;
}

/** What validateRows found. */
export interface ValidateResult<T> {
  valid: ValidRow<T>[];
  problems: ImportProblem[];
}

const OPTION_LIST_LIMIT = 10;
const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

type LooseIssue = {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  format?: string;
  values?: unknown[];
  divisor?: unknown;
  errors?: { code?: string; message?: string }[][];
};

const shown = (v: unknown) => (typeof v === 'number' ? plainNumber(v) : String(v));

function typeMessage(expected: string | undefined, input: unknown): string | undefined {
  if (expected === 'string') return typeof input === 'number' ? `应填写文本，当前是数字 ${shown(input)}` : '应填写文本';
  if (expected === 'number' || expected === 'int' || expected === 'bigint') {
    return typeof input === 'number' ? `须为整数，“${shown(input)}”不是整数` : `应填写数字，“${shown(input)}”不是数字`;
  }
  if (expected === 'boolean') return '应填写“是”或“否”';
  return undefined;
}

function sizeMessage(iss: LooseIssue): string | undefined {
  const small = iss.code === 'too_small';
  const bound = shown(small ? iss.minimum : iss.maximum);
  if (iss.origin === 'string') {
    if (small) return bound === '1' ? '不能为空' : `至少填写 ${bound} 个字符`;
    return `不能超过 ${bound} 个字符`;
  }
  if (iss.origin !== 'number' && iss.origin !== 'int') return undefined;
  if (small) return iss.inclusive ? `不能小于 ${bound}` : `须大于 ${bound}`;
  return iss.inclusive ? `不能大于 ${bound}` : `须小于 ${bound}`;
}

/** Chinese messages for zod's default issues (custom messages in a schema take precedence over these). */
export function friendlyIssueMessage(raw: unknown): string | undefined {
  const iss = raw as LooseIssue;
  if (iss.input === undefined || iss.input === null || iss.input === '') {
    if (iss.code === 'invalid_type' || iss.code === 'invalid_union') return '不能为空';
  }
  switch (iss.code) {
    case 'invalid_type':
      return typeMessage(iss.expected, iss.input);
    case 'too_small':
    case 'too_big':
      return sizeMessage(iss);
    case 'invalid_format':
      return iss.format === 'email' ? '邮箱格式不正确' : '格式不正确';
    case 'invalid_value':
      return `取值无效，可选：${(iss.values ?? []).map(shown).join('、')}`;
    case 'not_multiple_of':
      return `须为 ${shown(iss.divisor)} 的整数倍`;
    case 'invalid_union': {
      const specific = (iss.errors ?? []).flat().find((e) => e.code !== 'invalid_type' && e.message);
      return specific?.message ?? '格式不正确';
    }
    default:
      return undefined;
  }
}

/** Converts a dict label (or the value itself) to its value; undefined when it is not an option. */
function dictValue(column: ImportColumn, input: unknown): string | undefined {
  const text = compact(String(input));
  const options = column.options ?? [];
  return (options.find((o) => compact(o.label) === text) ?? options.find((o) => compact(o.value) === text))?.value;
}

function unknownOption(column: ImportColumn, input: unknown): string {
  const labels = (column.options ?? []).map((o) => o.label);
  const list =
    labels.slice(0, OPTION_LIST_LIMIT).join('、') + (labels.length > OPTION_LIST_LIMIT ? `等 ${labels.length} 项` : '');
  return `${column.header}：“${String(input)}”不是有效的选项，可选：${list}`;
}

/** Validates read rows with the API's zod schema; see the module comment. */
export function validateRows<S extends z.ZodType>(
  rows: readonly ImportRow[],
  schema: S,
  spec: ImportSpec,
  options: ValidateOptions = {},
): ValidateResult<z.output<S>> {
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const problems: ImportProblem[] = [];
  const checked: { row: ImportRow; input: Record<string, unknown>; data?: z.output<S>; failed: boolean }[] = [];
  for (const row of rows) {
    const input: Record<string, unknown> = { ...row.values };
    const reported = new Set<string>();
    const add = (column: ImportColumn | undefined, value: unknown, message: string) => {
      problems.push({ row: row.rowNumber, column: column?.header ?? null, value, message });
      if (column) reported.add(column.key);
    };
    for (const c of spec.columns) {
      const v = input[c.key];
      if (v === undefined || v === null || v === '') {
        if (c.required) add(c, undefined, `${c.header}：不能为空`);
        delete input[c.key];
      } else if (c.kind === 'dict') {
        const value = dictValue(c, v);
        if (value === undefined) add(c, v, unknownOption(c, v));
        else input[c.key] = value;
      }
    }
    const parsed = schema.safeParse(input, { error: (iss) => friendlyIssueMessage(iss) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        const column = key === undefined ? undefined : byKey.get(key);
        if (column && reported.has(column.key)) continue;
        const prefix = column ? `${column.header}：` : key ? `${key}：` : '';
        add(column, key === undefined ? undefined : row.values[key], prefix + issue.message);
      }
    }
    const failed = !parsed.success || reported.size > 0;
    checked.push({ row, input, data: parsed.success ? parsed.data : undefined, failed });
  }
  for (const unique of options.unique ?? []) {
    const keys = Array.isArray(unique) ? unique : [unique];
    const headers = keys.map((k) => byKey.get(k)?.header ?? k).join('+');
    const seen = new Map<string, number>();
    for (const item of checked) {
      const source = (item.data ?? item.input) as Record<string, unknown>;
      const parts = keys.map((k) => source[k]);
      if (parts.some((p) => p === undefined || p === null || p === '')) continue;
      const id = JSON.stringify(parts.map((p) => (typeof p === 'string' ? compact(p) : p)));
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, item.row.rowNumber);
        continue;
      }
      item.failed = true;
      problems.push({
        row: item.row.rowNumber,
        column: byKey.get(keys[0])?.header ?? null,
        value: keys.length === 1 ? item.row.values[keys[0]] : parts,
        message: `${headers}：与第 ${first} 行重复`,
      });
    }
  }
  const order = new Map(spec.columns.map((c, i) => [c.header, i]));
  problems.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1),
  );
  const valid = checked
    .filter((c) => !c.failed)
    .map((c) => ({ rowNumber: c.row.rowNumber, data: c.data as z.output<S> }));
  return { valid, problems };
}
