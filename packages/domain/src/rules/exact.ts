/**
 * Exact rational arithmetic on bigint so that band edges (exactly 6.00%, exactly 5000 万元) are decided without
 * binary-float error. Money arrives in 元 as numbers or decimal strings; numbers are read through their shortest
 * decimal form (String(0.06) === '0.06'), i.e. exactly what the user typed.
 */

/** An exact rational n/d with d > 0, kept in lowest terms. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds n/d in lowest terms; throws on a zero denominator. */
export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('分母不能为 0');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Parses a decimal number or string ('1234.56', '1e8', 0.06) exactly; throws a Chinese message on bad input. */
export function parseDecimal(x: number | string | Ratio): Ratio {
  if (typeof x === 'object') return x;
  if (typeof x === 'number' && !Number.isFinite(x)) throw new RangeError(`不是有效数字：${x}`);
  const s = typeof x === 'number' ? String(x) : x.trim();
  const m = DECIMAL_RE.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`不是有效数字：${s}`);
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  let n = BigInt((m[2] || '0') + frac);
  if (m[1] === '-') n = -n;
  return exp >= 0 ? ratio(n * 10n ** BigInt(exp)) : ratio(n, 10n ** BigInt(-exp));
}

/** Integer or decimal percent (e.g. 6 or '12.5') as the exact fraction p/100. */
export function fromPercent(p: number | string): Ratio {
  return div(parseDecimal(p), ratio(100n));
}

/** a + b */
export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b */
export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** a × b */
export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/** a ÷ b; throws when b is 0 (callers check for zero denominators first and explain them). */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('除数不能为 0');
  return ratio(a.n * b.d, a.d * b.n);
}

/** Sum of a list (0 for an empty list). */
export function sum(xs: readonly Ratio[]): Ratio {
  return xs.reduce(add, ratio(0n));
}

/** −1, 0 or 1 by cross-multiplication (denominators are positive). */
export function cmp(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** True when the value is exactly zero. */
export function isZero(a: Ratio): boolean {
  return a.n === 0n;
}

/** Sign of the value: −1, 0 or 1. */
export function sign(a: Ratio): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

/** Formats with a fixed number of decimals; 'floor' rounds toward −∞, 'half-up' rounds halves away from zero. */
export function formatFixed(a: Ratio, places: number, mode: 'floor' | 'half-up'): string {
  const scale = 10n ** BigInt(places);
  const scaled = a.n * scale;
  let q = scaled / a.d;
  const rem = scaled % a.d;
  if (mode === 'floor' && rem !== 0n && scaled < 0n) q -= 1n;
  if (mode === 'half-up' && rem !== 0n) {
    const absRem2 = (rem < 0n ? -rem : rem) * 2n;
    if (absRem2 >= a.d) q += scaled < 0n ? -1n : 1n;
  }
  const neg = q < 0n;
  const digits = (neg ? -q : q).toString().padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places);
  const fracPart = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${neg ? '-' : ''}${intPart}${fracPart}`;
}

/**
 * A ratio as a percentage with 2 decimals, truncated (not rounded) so that the shown figure never reaches a band
 * edge the exact value has not reached: 5.999% shows as 5.99% and sits in the 5%–6% band, not as "6.00%".
 */
export function formatPercent(a: Ratio): string {
  const shown = formatFixed(mul(a, ratio(100n)), 2, 'floor');
  if (sign(a) > 0 && shown === '0.00') return '不足 0.01%';
  return `${shown}%`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * An amount in 元 shown in 万元, exact to the 分 (trailing zeros dropped): 50000000 → '5000 万元'.
 * @deprecated Show money with platform/money-format.ts (formatWanText: 万元 with 2 decimals, grouped); this one
 * stays until the server's R&D summary and intensity texts move over (their tests quote it).
 */
export function formatWan(yuan: Ratio): string {
  return `${trimZeros(formatFixed(div(yuan, ratio(10000n)), 6, 'half-up'))} 万元`;
}

/** An amount in 元 rounded half-up to the 分, as a plain decimal string: '1234.50'. */
export function formatYuan(yuan: Ratio): string {
  return formatFixed(yuan, 2, 'half-up');
}

/** 元 for people to read: two decimals with thousands separators (1,250,000.00); data keeps formatYuan. */
export function formatYuanGrouped(yuan: Ratio): string {
  const [int, frac] = formatYuan(yuan).split('.');
  return `${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${frac}`;
}

/** A rational shown with up to `places` decimals, trailing zeros dropped (e.g. an average count 4.67). */
export function formatPlain(a: Ratio, places = 2): string {
  return trimZeros(formatFixed(a, places, 'half-up'));
}
