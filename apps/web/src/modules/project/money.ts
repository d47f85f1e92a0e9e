/**
 * Money is kept in 元 as decimal strings (never floats); pages show 万元. Conversions are exact string
 * arithmetic on 分 as BigInt.
 */

/** '1234567.89' (元) → 分 as BigInt; null for anything that is not a non-negative amount. */
function toFen(yuan: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** 元 string → 万元 text with 2–4 decimals (rounded half up to the 元), e.g. '2000000.00' → '200.00'. */
export function formatWan(yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '-';
  const fen = toFen(yuan);
  if (fen === null) return yuan;
  // 0.0001 万元 = 1 元 = 100 分: round to whole 元 first.
  const y = (fen + 50n) / 100n;
  const int = y / 10000n;
  let frac = (y % 10000n).toString().padStart(4, '0');
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${int.toLocaleString('en-US')}.${frac}`;
}

/** 万元 input (number or text, up to 6 decimals) → 元 string with two decimals, e.g. 12.5 → '125000.00'. */
export function wanToYuan(wan: string | number | null | undefined): string | null {
  if (wan === null || wan === undefined || wan === '') return null;
  const s = typeof wan === 'number' ? wan.toFixed(6) : wan.trim();
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return null;
  const fen = BigInt(m[1]) * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'));
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

/** 元 string → 万元 as a plain decimal string for form inputs (no grouping), e.g. '125000.00' → '12.5'. */
export function yuanToWanInput(yuan: string | null | undefined): string | undefined {
  if (!yuan) return undefined;
  const fen = toFen(yuan);
  if (fen === null) return undefined;
  const int = fen / 1_000_000n;
  const frac = (fen % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : String(int);
}
