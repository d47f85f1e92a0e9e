/**
 * 简称: the short name a report uses for an enterprise or an institution (青龙管业 for 甘肃青龙管业有限责任公司),
 * derived by rule: the region prefix and the company-form suffix go, then a trailing 科技/发展 word. Where the
 * bureau writes it otherwise (维尔沃, 省农科院) staff store their own, which wins (report_short_name).
 */
export const REGION_PREFIXES = ['甘肃省', '甘肃', '定西市', '定西', '陇西县', '陇西'] as const;
const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '公司'];
const TRAILING_WORDS = ['科技发展', '科技', '发展'];

function stripEnd(s: string, words: readonly string[]): string {
  const w = words.find((x) => s.endsWith(x) && s.length > x.length + 1);
  return w ? s.slice(0, -w.length) : s;
}

/** The rule's short name; a name the rule cannot shorten to at least 2 characters stays as it is. */
export function deriveShortName(name: string, prefixes: readonly string[] = REGION_PREFIXES): string {
  let s = name.trim();
  if (!COMPANY_SUFFIXES.some((x) => s.endsWith(x))) return s;
  const prefix = prefixes.find((p) => s.startsWith(p) && s.length > p.length + 2);
  if (prefix) s = s.slice(prefix.length);
  s = stripEnd(s, COMPANY_SUFFIXES);
  s = stripEnd(s, TRAILING_WORDS);
  return s.length >= 2 ? s : name;
}

/** The prefixes of region names: the name and, for 3+ characters, without its 省/市/县/区 (渭源县, 渭源), longest first. */
export function regionPrefixes(regionNames: readonly string[]): string[] {
  const all = regionNames.flatMap((n) => (n.length >= 3 && /[省市县区]$/.test(n) ? [n, n.slice(0, -1)] : [n]));
  return [...new Set([...REGION_PREFIXES, ...all])].sort((a, b) => b.length - a.length);
}

/** A short name lookup: staff's own first, else the rule. */
export function shortNamer(
  overrides: ReadonlyMap<string, string>,
  prefixes: readonly string[] = REGION_PREFIXES,
): (name: string) => string {
  return (name) => overrides.get(name) ?? deriveShortName(name, prefixes);
}
