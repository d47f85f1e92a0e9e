import { z } from 'zod';

/**
 * The largest amount in 元 each kind of money field accepts (inclusive), one line of reason each. Every limit
 * fits the numeric(18,2) column it is stored in (< 1e16 元; GDP numeric(20,2)), and sums are unbounded numeric
 * in SQL, so no number of accepted amounts can overflow a total. The bounds are the product's, not policy.
 */
export const MONEY_LIMITS = {
  /** A project's requested, approved or estimated amount or a figure on its form: 100 亿元, far above any one project. */
  projectAmount: 1e10,
  /** One ledger record (下达/分配/拨付/自筹配套) of one project: no more than a project can be. */
  fundingAmount: 1e10,
  /** An enterprise's yearly revenue, costs, income or assets: 10 万亿元, above China's largest group (~3.5 万亿元). */
  enterpriseYearly: 1e13,
  /** A unit's R&D figures and one R&D project's spending: 1 万亿元, about a third of China's yearly R&D total. */
  rdFigure: 1e12,
  /** A region's GDP: 1000 万亿元, several times China's (~130 万亿元). */
  regionGdp: 1e15,
} as const satisfies Record<string, number>;
export type MoneyLimit = keyof typeof MONEY_LIMITS;

/** What an amount field accepts besides its format: the maximum, and whether 0 and negatives are allowed. */
export interface MoneyOptions {
  /** Largest accepted amount in 元, a value of MONEY_LIMITS; negatives (when allowed) go down to −max. */
  max: number;
  /** 0 is accepted unless false (a ledger record must be positive). */
  zero?: boolean;
  /** Negative amounts are refused unless true. */
  negative?: boolean;
}

const NUMBER_RE = /^-?(\d+)(?:\.(\d+))?$/;

/** A whole number of 元 as users read it: 1e10 → '100 亿元', 1e13 → '10 万亿元', 5e6 → '500 万元'. */
export function formatMoneyLimit(yuan: number): string {
  for (const [size, unit] of [
    [1e12, '万亿元'],
    [1e8, '亿元'],
    [1e4, '万元'],
  ] as const) {
    if (yuan >= size && yuan % size === 0) return `${yuan / size} ${unit}`;
  }
  return `${yuan} 元`;
}

/** The text an amount is checked as: numbers by their shortest decimal form, strings trimmed, thousands commas dropped. */
export const moneyText = (v: number | string): string =>
  typeof v === 'number' ? String(v) : v.trim().replace(/[,，]/g, '');

/**
 * What is wrong with an amount in 元 (as `moneyText` gives it), or null when it is accepted: a decimal with at
 * most 2 places, within the field's range. Compared exactly in cents, never as a float. Messages name the field.
 */
export function moneyProblem(label: string, text: string, o: MoneyOptions): string | null {
  const m = NUMBER_RE.exec(text);
  if (m && text.startsWith('-') && !o.negative) return `${label}不能为负数`;
  if (!m) return `${label}须为数字（单位：元），“${text}”不是数字`;
  const [, whole, frac = ''] = m;
  if (frac.length > 2) return `${label}最多两位小数（精确到分）`;
  const cents = BigInt(whole + frac.padEnd(2, '0'));
  if (cents > BigInt(o.max) * 100n) return `${label}不能超过 ${formatMoneyLimit(o.max)}`;
  if (cents === 0n && o.zero === false) return `${label}须大于 0`;
  return null;
}

/**
 * The one schema for an amount in 元: a number or decimal string (whitespace and thousands commas allowed) →
 * a plain decimal string, never a float; e.g. `zMoney('申请金额', { max: MONEY_LIMITS.projectAmount })`.
 */
export function zMoney(label: string, o: MoneyOptions) {
  return z
    .union([z.number(), z.string()], {
      error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}须为数字（单位：元）`),
    })
    .transform(moneyText)
    .superRefine((s, ctx) => {
      const problem = moneyProblem(label, s, o);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
