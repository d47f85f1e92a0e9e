import { z } from 'zod';

/** A statistics period: a year ('2022') or a half-year ('2022H1', '2022H2'). */
export interface RdPeriod {
  readonly code: string;
  readonly year: number;
  readonly half: 1 | 2 | null;
  /** First and last day, inclusive (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  /** 6 for a half-year, 12 for a year. */
  readonly months: 6 | 12;
  /** '2022年上半年', '2022年'. */
  readonly label: string;
}

const PERIOD_RE = /^(\d{4})(H[12])?$/;

/** Parses '2022', '2022H1' or '2022H2'; null when the code is not a period. */
export function parseRdPeriod(code: string): RdPeriod | null {
  const m = PERIOD_RE.exec(code.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (!m[2]) {
    return {
      code: `${year}`,
      year,
      half: null,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      months: 12,
      label: `${year}年`,
    };
  }
  const half = m[2] === 'H1' ? 1 : 2;
  return half === 1
    ? {
        code: `${year}H1`,
        year,
        half,
        start: `${year}-01-01`,
        end: `${year}-06-30`,
        months: 6,
        label: `${year}年上半年`,
      }
    : {
        code: `${year}H2`,
        year,
        half,
        start: `${year}-07-01`,
        end: `${year}-12-31`,
        months: 6,
        label: `${year}年下半年`,
      };
}

/** A period code in the API: '2022' or '2022H1'/'2022H2' (lower-case h accepted). */
export const ZRdPeriod = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => parseRdPeriod(s) !== null, '统计期间须为年度（如 2022）或半年度（如 2022H1、2022H2）');

/** Sort key of a period: periods of one year sort H1, H2, then the whole year. */
export function periodSortKey(code: string): string {
  const p = parseRdPeriod(code);
  if (!p) return code;
  return `${p.year}-${p.half ?? 3}`;
}
