import { unsafeTextProblem } from '@kechuang/domain';
import type { ColumnKind } from './import-spec';

/**
 * Turning exceljs cell values into the plain values a zod schema expects, per column kind. Empty cells become
 * `undefined`; the reader never invents values, it only removes Excel's accidents (exponents, float noise,
 * date serials, rich text, formulas).
 */

/** A cell value reduced to a JS primitive; formula errors keep their code. */
export type CellPrimitive = string | number | boolean | Date | { error: string } | undefined;

/** Outcome of normalising one cell: the value for the schema and, when Excel damaged it, why. */
export interface NormalizedCell {
  value: unknown;
  problem?: string;
}

/**
 * Reduces any exceljs cell value (rich text, formula, hyperlink, shared string…) to a primitive. A formula
 * without a usable result becomes `{ error: '=FORMULA' }`.
 */
export function cellPrimitive(v: unknown): CellPrimitive {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return decodeXmlStringEscapes(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return decodeXmlStringEscapes((o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join(''));
  }
  if ('formula' in o || 'sharedFormula' in o) {
    // exceljs's streaming reader drops error results (t="e"), and some writers store no cached result at all.
    const result = cellPrimitive(o.result);
    const noResult = result === undefined || (typeof result === 'number' && Number.isNaN(result));
    return noResult ? { error: `=${String(o.formula ?? o.sharedFormula ?? '')}` } : result;
  }
  if (typeof o.error === 'string') return { error: o.error };
  if ('text' in o) return cellPrimitive(o.text);
  return undefined;
}

/**
 * Excel writes characters XML cannot hold (control characters) as `_xHHHH_` and a literal `_x` as `_x005F_x`
 * (ECMA-376 ST_Xstring); exceljs leaves them encoded. Decoding them gives the text the user typed, which the
 * import then judges.
 */
export function decodeXmlStringEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text Excel would show for a primitive, used for header matching. */
export function cellText(v: unknown): string {
  const p = cellPrimitive(v);
  if (p === undefined) return '';
  if (p instanceof Date) return formatDate(p);
  if (typeof p === 'object') return p.error;
  return typeof p === 'number' ? plainNumber(p) : String(p);
}

/** A number as a plain decimal string, never with an exponent (1.2e+21 → '1200000000000000000000'). */
export function plainNumber(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || !/e/i.test(s)) return s;
  const [mantissa, expText] = s.toLowerCase().split('e');
  const neg = mantissa.startsWith('-');
  const body = neg ? mantissa.slice(1) : mantissa;
  const dot = body.indexOf('.');
  const digits = body.replace('.', '');
  const point = (dot === -1 ? body.length : dot) + Number(expText);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (neg ? '-' : '') + out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' of a Date exceljs produced (exceljs dates carry the Excel date in their UTC fields). */
export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 'YYYY-MM-DD' of an Excel 1900-system serial day number (time of day dropped), or undefined if out of range. */
export function serialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const day = Math.floor(serial);
  // Excel counts the non-existent 1900-02-29 as day 60, so serials above it are one day ahead.
  const base = day > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return formatDate(new Date(base + day * 86_400_000));
}

/** Accepts 2024-1-5, 2024/1/5, 2024.1.5, 2024年1月5日 and 20240105; returns 'YYYY-MM-DD' or undefined. */
export function parseDateText(s: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : undefined;
}

/** Rounds away binary float noise the way Excel displays numbers (15 significant digits). */
const excelRound = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);

const NUMERIC_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function normalizeText(p: Exclude<CellPrimitive, undefined | { error: string }>, kind: ColumnKind): NormalizedCell {
  if (typeof p === 'string') {
    const text = p.trim();
    if (text === '') return { value: undefined };
    // Stored exactly as the file holds it, or refused: never silently cleaned.
    return { value: text, problem: unsafeTextProblem(text) };
  }
  if (p instanceof Date) return { value: formatDate(p) };
  if (typeof p === 'boolean') return { value: p ? 'TRUE' : 'FALSE' };
  if (kind !== 'code') return { value: plainNumber(excelRound(p)) };
  const value = plainNumber(p);
  if (Math.abs(p) >= 1e15) {
    return {
      value,
      problem: '以数字形式录入，Excel 只保留 15 位有效数字，末尾几位可能已变成 0；请将该列设为“文本”格式后重新录入',
    };
  }
  return { value };
}

function normalizeNumber(p: Exclude<CellPrimitive, undefined | { error: string }>): NormalizedCell {
  if (typeof p === 'number') return { value: excelRound(p) };
  if (p instanceof Date) return { value: formatDate(p) };
  if (typeof p === 'boolean') return { value: p };
  const text = p.normalize('NFKC').trim();
  if (text === '') return { value: undefined };
  const compact = text.replace(/[,\s]/g, '');
  return { value: NUMERIC_TEXT.test(compact) ? Number(compact) : text };
}

function normalizeDate(p: Exclude<CellPrimitive, undefined | { error: string }>): NormalizedCell {
  if (p instanceof Date) {
    const year = p.getUTCFullYear();
    if (year >= 1900 && year <= 9999) return { value: formatDate(p) };
    // A date-formatted cell holding 20240305 typed as a number: recover the number and read it as yyyymmdd.
    p = Math.round(p.getTime() / 86_400_000 + 25569);
  }
  if (typeof p === 'number') {
    if (Number.isInteger(p) && p >= 19000101 && p <= 29991231) return { value: parseDateText(String(p)) ?? p };
    return { value: serialToDate(p) ?? p };
  }
  if (typeof p === 'boolean') return { value: p };
  const text = p.normalize('NFKC').trim();
  if (text === '') return { value: undefined };
  return { value: parseDateText(text) ?? text };
}

/** Normalises one raw exceljs cell value for a column of the given kind. */
export function normalizeCell(raw: unknown, kind: ColumnKind): NormalizedCell {
  const p = cellPrimitive(raw);
  if (p === undefined) return { value: undefined };
  if (typeof p === 'object' && !(p instanceof Date)) {
    const problem = p.error.startsWith('=')
      ? '公式没有有效的计算结果（可能计算出错），请改为实际数值'
      : `单元格是错误值 ${p.error}（公式计算出错），请改为实际数值`;
    return { value: p.error, problem };
  }
  switch (kind) {
    case 'integer':
    case 'decimal':
      return normalizeNumber(p);
    case 'date':
      return normalizeDate(p);
    default:
      return normalizeText(p, kind);
  }
}
