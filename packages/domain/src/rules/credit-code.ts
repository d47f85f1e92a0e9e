import { CREDIT_CODE_STANDARD as STD, ORG_CODE_STANDARD as ORG } from './tables/credit-code-standard';

/** Problem codes of a credit-code check. */
export type CreditCodeProblemCode = 'EMPTY' | 'LENGTH' | 'ILLEGAL_CHAR' | 'CHECK_CHAR' | 'ORG_CODE_CHECK';

/** One finding; 'warning' findings do not make the code invalid. */
export interface CreditCodeProblem {
  readonly code: CreditCodeProblemCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/**
 * Result of `checkCreditCode`. `ok` is false when there is any error. The platform policy (docs/rules.md §4.1) is to
 * warn rather than block on a wrong check character, because real registered codes exist that fail it: the
 * caller decides whether to allow an override with a note.
 */
export interface CreditCodeCheck {
  readonly ok: boolean;
  readonly normalized: string;
  /** The check character positions 1–17 call for, when they are 17 legal characters. */
  readonly expectedCheckChar?: string;
  readonly problems: readonly CreditCodeProblem[];
}

/** Trims, removes inner whitespace, turns full-width characters into half-width and upper-cases. */
export function normalizeCreditCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

/** The GB 32100 check character for the first 17 characters (which must all be in the charset). */
export function creditCodeCheckChar(first17: string): string {
  let total = 0;
  for (let i = 0; i < STD.weights.length; i++) total += STD.charset.indexOf(first17[i]) * STD.weights[i];
  return STD.charset[(STD.modulus - (total % STD.modulus)) % STD.modulus];
}

/** The GB 11714 check character for the 8-character body of an organisation code. */
export function orgCodeCheckChar(body8: string): string {
  let total = 0;
  for (let i = 0; i < ORG.weights.length; i++) {
    const c = body8[i];
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    total += value * ORG.weights[i];
  }
  const r = ORG.modulus - (total % ORG.modulus);
  return r === 10 ? ORG.tenChar : r === 11 ? ORG.elevenChar : String(r);
}

/** Validates a 统一社会信用代码 (GB 32100-2015) and explains every problem in Chinese. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const normalized = normalizeCreditCode(input);
  const problems: CreditCodeProblem[] = [];
  if (normalized === '') {
    return {
      ok: false,
      normalized,
      problems: [{ code: 'EMPTY', severity: 'error', message: '统一社会信用代码不能为空' }],
    };
  }
  if (normalized.length !== STD.length) {
    problems.push({
      code: 'LENGTH',
      severity: 'error',
      message: `统一社会信用代码应为 ${STD.length} 位，当前为 ${normalized.length} 位`,
    });
  }
  const illegal = [...new Set([...normalized].filter((c) => !STD.charset.includes(c)))];
  if (illegal.length > 0) {
    problems.push({
      code: 'ILLEGAL_CHAR',
      severity: 'error',
      message: `含有不允许的字符：${illegal.join('、')}（代码只用数字和除 I、O、S、V、Z 以外的大写字母）`,
    });
  }
  const first17 = normalized.slice(0, 17);
  const first17Legal = first17.length === 17 && [...first17].every((c) => STD.charset.includes(c));
  const expectedCheckChar = first17Legal ? creditCodeCheckChar(first17) : undefined;
  if (expectedCheckChar !== undefined && normalized.length === STD.length && normalized[17] !== expectedCheckChar) {
    problems.push({
      code: 'CHECK_CHAR',
      severity: 'error',
      message: `校验码错误：第 18 位应为“${expectedCheckChar}”，实际为“${normalized[17]}”，请核对是否录入有误`,
    });
  }
  if (first17Legal) {
    const org = normalized.slice(ORG.from - 1, ORG.to);
    const expectedOrg = orgCodeCheckChar(org.slice(0, 8));
    if (org[8] !== expectedOrg) {
      problems.push({
        code: 'ORG_CODE_CHECK',
        severity: 'warning',
        message: `第 9–17 位组织机构代码“${org}”的校验位应为“${expectedOrg}”（GB 11714），请核对；部分主体不按此规则赋码，仅作提示`,
      });
    }
  }
  return { ok: !problems.some((p) => p.severity === 'error'), normalized, expectedCheckChar, problems };
}

/** The 6-digit 登记管理机关行政区划码 (positions 3–8), or null when the code is too short or not digits there. */
export function regionFromCreditCode(code: string): string | null {
  const region = normalizeCreditCode(code).slice(STD.region.from - 1, STD.region.to);
  return /^\d{6}$/.test(region) ? region : null;
}

/**
 * A valid 统一社会信用代码 built from its parts: registration authority and type (e.g. '91', an enterprise
 * registered with 市场监管), the 6-digit region and an 8-character organisation body; both check characters
 * are computed. Demo data, the benchmark and tests use it to make codes that pass checkCreditCode.
 */
export function composeCreditCode(regionCode: string, body8: string, authorityType = '91'): string {
  const first17 = `${authorityType}${regionCode}${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}
