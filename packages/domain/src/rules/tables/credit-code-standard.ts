import type { SourceRef } from './source';

/** GB 32100-2015 统一社会信用代码: character set, weights and modulus (docs/rules.md §4.1). */
export const CREDIT_CODE_STANDARD = {
  length: 18,
  /** 31 characters; a character's value is its index (A = 10 … Y = 30). I, O, S, V, Z are never used. */
  charset: '0123456789ABCDEFGHJKLMNPQRTUWXY',
  /** W[i] = 3^i mod 31 for positions 1–17. */
  weights: [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28],
  modulus: 31,
  /** Positions 3–8 (1-based) hold the GB/T 2260 region code of the registering authority. */
  region: { from: 3, to: 8 },
  source: 'S30',
  doc: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
  confidence: '✔',
} as const satisfies SourceRef & Record<string, unknown>;

/** GB 11714 组织机构代码 carried in positions 9–17: its own check character on position 17. */
export const ORG_CODE_STANDARD = {
  /** Positions 9–17 (1-based) of the credit code. */
  from: 9,
  to: 17,
  /** Weights for the 8 body characters; digits count 0–9, letters A=10 … Z=35. */
  weights: [3, 7, 9, 10, 5, 8, 4, 2],
  modulus: 11,
  /** r = 11 − (Σ mod 11); 10 is written 'X' and 11 is written '0'. */
  tenChar: 'X',
  elevenChar: '0',
  source: 'S30',
  doc: 'GB 11714-1997 全国组织机构代码编制规则',
  confidence: '✔',
} as const satisfies SourceRef & Record<string, unknown>;
