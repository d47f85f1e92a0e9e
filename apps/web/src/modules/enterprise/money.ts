/** 元 (number or decimal string) → 万元 with two decimals and thousands separators; '-' when missing. */
export function formatWanYuan(yuan: string | number | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '-';
  const n = Number(yuan);
  if (!Number.isFinite(n)) return String(yuan);
  return (n / 10_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Thousands separators for an amount input (the value itself stays a plain decimal string). */
export const yuanFormatter = (v: string | number | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const yuanParser = (v: string | undefined) => (v ?? '').replace(/,/g, '');
