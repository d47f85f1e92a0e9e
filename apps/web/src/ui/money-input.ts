import { yuanToWan } from '@kechuang/domain';

// Money inputs keep the value a plain decimal string (never a float); amounts are shown through the domain's
// formatters (formatWanAmount, formatWanText, formatYuanText …) and typed 万元 go to the API via wanInputToYuan.

/** 元 from the API → the 万元 a form input starts with ('125000.00' → '12.5'); empty when there is none. */
export function wanInputOf(yuan: string | null | undefined): string | undefined {
  return yuan ? yuanToWan(yuan) : undefined;
}

/** Thousands separators while typing an amount (the value itself stays a plain decimal string). */
export const groupedInput = (v: string | number | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** The plain decimal string behind `groupedInput`. */
export const ungroupedInput = (v: string | undefined) => (v ?? '').replace(/,/g, '');
