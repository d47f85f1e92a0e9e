import { cmp, div, formatFixed, mul, parseDecimal, ratio, type Ratio } from '../rules/exact';

/**
 * The one way an amount of money is shown (docs/architecture.md §3.1: stored in 元, shown in 万元): exact decimal
 * arithmetic on bigint (rules/exact.ts), never a float. Amounts arrive as the API sends them (decimal strings in 元), as
 * numbers read through their shortest decimal form (String(0.1) === '0.1', what was typed), or as exact ratios.
 */
export type MoneyValue = string | number | Ratio | null | undefined;

/** What a missing amount shows (a table cell, a statistic). */
export const NO_AMOUNT = '-';

const TEN_THOUSAND = ratio(10_000n);

/** The exact value, or null for a missing amount; text that is not a number is returned as it is. */
function read(yuan: MoneyValue): Ratio | string | null {
  if (yuan === null || yuan === undefined || yuan === '') return null;
  if (typeof yuan === 'object') return yuan;
  try {
    return parseDecimal(typeof yuan === 'string' ? yuan.replace(/,/g, '') : yuan);
  } catch {
    return String(yuan);
  }
}

/** Thousands separators on the integer part of a plain decimal string ('-1234567.80' → '-1,234,567.80'). */
function grouped(plain: string): string {
  const [int, frac] = plain.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}

/** An amount in 元 as 万元 with 2 decimals (half-up) and thousands separators: '107040261.5' → '10,704.03'. */
export function formatWanAmount(yuan: MoneyValue): string {
  const v = read(yuan);
  if (v === null) return NO_AMOUNT;
  if (typeof v === 'string') return v;
  return grouped(formatFixed(div(v, TEN_THOUSAND), 2, 'half-up'));
}

/** The same with its unit, for sentences and totals: '107040261.5' → '10,704.03 万元'. */
export function formatWanText(yuan: MoneyValue): string {
  const s = formatWanAmount(yuan);
  return s === NO_AMOUNT ? s : `${s} 万元`;
}

/** An amount in 元 with 2 decimals (half-up to the 分) and thousands separators: '16800000' → '16,800,000.00'. */
export function formatYuanAmount(yuan: MoneyValue): string {
  const v = read(yuan);
  if (v === null) return NO_AMOUNT;
  if (typeof v === 'string') return v;
  return grouped(formatFixed(v, 2, 'half-up'));
}

/** The same with its unit: '16800000' → '16,800,000.00 元'. */
export function formatYuanText(yuan: MoneyValue): string {
  const s = formatYuanAmount(yuan);
  return s === NO_AMOUNT ? s : `${s} 元`;
}

/**
 * An amount set against a bound it is compared with (a size ceiling, a revenue band's edge), in 万元 — unless the
 * two would read the same in 万元 while they differ, then in 元 to the 分, so the text never shows "20,000.00 万元
 * exceeds 20,000.00 万元": 200000000.01 against 200000000 → '200,000,000.01 元'.
 */
export function formatWanAgainst(yuan: MoneyValue, bound: MoneyValue): string {
  const v = read(yuan);
  const b = read(bound);
  const shown = formatWanText(yuan);
  if (v === null || b === null || typeof v === 'string' || typeof b === 'string') return shown;
  return shown === formatWanText(bound) && cmp(v, b) !== 0 ? formatYuanText(yuan) : shown;
}

const WAN_INPUT_RE = /^(\d+)(?:\.(\d{1,6}))?$/;

/**
 * An amount typed in 万元 in a form (up to 6 decimals, i.e. to the 分) → 元 as the API takes it, exactly: 12.5 →
 * '125000.00'; null for an empty input or anything else (a negative, more decimals, text). The way back for a form's
 * initial value is `yuanToWan` (project-import.contract.ts).
 */
export function wanInputToYuan(wan: string | number | null | undefined): string | null {
  if (wan === null || wan === undefined || wan === '') return null;
  const text = typeof wan === 'number' ? (Number.isFinite(wan) ? String(wan) : '') : wan.trim();
  if (!WAN_INPUT_RE.test(text)) return null;
  return formatFixed(mul(parseDecimal(text), TEN_THOUSAND), 2, 'half-up');
}
