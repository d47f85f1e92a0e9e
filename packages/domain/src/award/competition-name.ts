const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 20 → 二十, 35 → 三十五 (an edition number as a 届次 is written; 1–99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A competition as the report names it: 第十一届中国创新创业大赛（甘肃赛区）. */
export function competitionDisplayName(c: { name: string; edition: number | null; division: string | null }): string {
  const edition = c.edition ? `第${chineseOrdinal(c.edition)}届` : '';
  const name = c.name.includes('届') ? c.name : `${edition}${c.name}`;
  return c.division ? `${name}（${c.division}）` : name;
}
