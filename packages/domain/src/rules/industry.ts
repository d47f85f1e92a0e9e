import { z } from 'zod';
import type { Ratio } from './exact';
import { cmp, formatPercent, parseDecimal, ratio } from './exact';
import type { TFraction } from './schemas';
import { INDUSTRY_SECTIONS } from './tables/industry-sections';
import type { NegativeListRow } from './tables/negative-list';
import { NEGATIVE_LIST_MAIN_BUSINESS_SHARE, RD_DEDUCTION_NEGATIVE_LIST } from './tables/negative-list';

/** A GB/T 4754 code split into 门类 letter and 大类 digits. */
export interface IndustryCode {
  /** Normalised display form, letter + digits: 'C3511'. */
  readonly code: string;
  readonly section: string;
  readonly division: string;
}

const CODE_RE = /^([A-T])?(\d{2}(?:\d{1,2})?)$/;

/**
 * Parses 'C3511', '3511', 'c 35' …; the 大类 (2 digits) is required because the negative list is decided at
 * that level. Returns null when the code is malformed, unknown or its letter contradicts its digits.
 */
export function parseIndustryCode(input: string): IndustryCode | null {
  const m = CODE_RE.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  const division = m[2].slice(0, 2);
  const n = Number(division);
  const row = INDUSTRY_SECTIONS.find((s) => n >= s.fromDivision && n <= s.toDivision);
  if (!row || (m[1] && m[1] !== row.section)) return null;
  return { code: `${row.section}${m[2]}`, section: row.section, division };
}

/** A GB/T 4754 industry code with at least the 大类, e.g. 'C3511' or '3511'. */
export const ZIndustryCode = z
  .string()
  .trim()
  .refine((s) => parseIndustryCode(s) !== null, '行业代码须为 GB/T 4754-2017 代码且至少到大类，如 C3511 或 3511');

/** Result of the 119号 negative-list check, with the reason in Chinese. */
export interface NegativeListCheck {
  readonly industry: IndustryCode;
  /** The industry is on the list (regardless of its share of income). */
  readonly listed: boolean;
  /** The enterprise is excluded: listed and its income share is above 50% (or the share was not given). */
  readonly excluded: boolean;
  readonly row: NegativeListRow | null;
  readonly message: string;
}

/**
 * Checks 财税〔2015〕119号: excluded when the listed industry's income is more than 50% (not inclusive) of total
 * income. Without `mainBusinessShare` the given code is taken to be the main business (>50%).
 */
export function checkNegativeList(industryCode: string, mainBusinessShare?: TFraction): NegativeListCheck {
  const industry = parseIndustryCode(industryCode);
  if (!industry) throw new RangeError(`行业代码无效：${industryCode}`);
  const row = RD_DEDUCTION_NEGATIVE_LIST.find((r) => r.division === industry.division) ?? null;
  if (!row) {
    return {
      industry,
      listed: false,
      excluded: false,
      row,
      message: `行业 ${industry.code} 不属于财税〔2015〕119号规定的不适用行业`,
    };
  }
  const rule = NEGATIVE_LIST_MAIN_BUSINESS_SHARE;
  const head = `行业 ${industry.code}（${row.divisionName}）属于财税〔2015〕119号规定的不适用行业“${row.listedAs}”`;
  if (mainBusinessShare === undefined) {
    return { industry, listed: true, excluded: true, row, message: `${head}，按主营业务认定，不适用` };
  }
  const share: Ratio = parseDecimal(mainBusinessShare);
  const limit = ratio(BigInt(rule.moreThan.numerator), BigInt(rule.moreThan.denominator));
  const excluded = cmp(share, limit) > 0;
  const shareText = `该行业收入占收入总额 ${formatPercent(share)}`;
  return {
    industry,
    listed: true,
    excluded,
    row,
    message: excluded
      ? `${head}，${shareText}，超过 ${rule.label}，不适用`
      : `${head}，但${shareText}，未超过 ${rule.label}，不因行业受限`,
  };
}
