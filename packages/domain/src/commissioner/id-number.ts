/**
 * 公民身份号码 (GB 11643-1999): 17 digits and a check character computed with ISO 7064 MOD 11-2 (weights 2^(17-i)
 * mod 11, check table 1 0 X 9 8 7 6 5 4 3 2). 'X' is upper-case once normalised.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Trimmed, upper-case X. */
export const normaliseIdNumber = (id: string) => id.trim().toUpperCase();

/** What is wrong with an ID number (Chinese, naming the field), or null; `birthDate` also compares 出生日期. */
export function idNumberProblem(id: string, birthDate?: string): string | null {
  const v = normaliseIdNumber(id);
  if (!/^\d{17}[\dX]$/.test(v)) return '身份证号须为 18 位（前 17 位为数字，末位为数字或 X）';
  const born = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  const d = new Date(`${born}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== born) return '身份证号中的出生日期无效';
  if (idNumberCheckChar(v) !== v[17]) return '身份证号校验位不符（GB 11643），请核对';
  if (birthDate && birthDate !== born) return `身份证号中的出生日期 ${born} 与所填出生日期不一致`;
  return null;
}

/** The birth date 'YYYY-MM-DD' an ID number carries. */
export const birthDateOfIdNumber = (id: string) => {
  const v = normaliseIdNumber(id);
  return `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
};
