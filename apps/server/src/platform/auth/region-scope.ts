/**
 * The prefix a region code governs: a county (621122) its own code, a city (621100) '6211',
 * a province (620000) '62'. Township codes (12 digits) govern themselves.
 */
export function regionScopePrefix(regionCode: string): string {
  if (regionCode.length !== 6) return regionCode;
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return regionCode;
}

/** Whether a row's region lies inside the scope prefix. */
export function inScope(prefix: string, regionCode: string | null | undefined): boolean {
  return !!regionCode && regionCode.startsWith(prefix);
}
