/** An exact decimal string in 元 → '1,234,567.80 元' (no float rounding). */
export function yuanText(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '—';
  const [int, frac = ''] = s.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0').slice(0, 2)} 元`;
}

/** An exact decimal string in 元 → 万元 with 2 decimals, rounded half-up on the cents ('72000000.00' → '7200.00'). */
export function wanText(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '—';
  const [int, frac = ''] = s.split('.');
  const fen = BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
  // 0.01 万元 = 100 元 = 10000 分.
  const wanCents = (fen + 5000n) / 10000n;
  const whole = wanCents / 100n;
  const rest = String(wanCents % 100n).padStart(2, '0');
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest} 万元`;
}
