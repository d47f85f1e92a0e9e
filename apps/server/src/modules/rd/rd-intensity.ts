import { exact, formatWanText } from '@kechuang/domain';

/** R&D intensity = R&D internal expenditure / GDP, as a percent (2 decimals, half-up) with the working in words. */
export function intensityOf(internalTotal: string, gdp: { value: string; unit: string; source: string } | undefined) {
  if (!gdp) return null;
  const g = exact.parseDecimal(gdp.value);
  if (exact.isZero(g)) return null;
  const r = exact.parseDecimal(internalTotal);
  const percent = exact.formatFixed(exact.mul(exact.div(r, g), exact.ratio(100n)), 2, 'half-up');
  return {
    gdp: gdp.value,
    gdpUnit: gdp.unit,
    gdpSource: gdp.source,
    percent,
    // The source is its own field (the page shows it once, beside the sentence).
    text: `研发经费内部支出 ${formatWanText(r)} ÷ 地区生产总值 ${formatWanText(g)} = ${percent}%`,
  };
}

/** A part's share of a whole, percent with 2 decimals ('0.00' when the whole is 0). */
export function sharePercent(part: string, whole: string): string {
  const w = exact.parseDecimal(whole);
  if (exact.isZero(w)) return '0.00';
  return exact.formatFixed(exact.mul(exact.div(exact.parseDecimal(part), w), exact.ratio(100n)), 2, 'half-up');
}
