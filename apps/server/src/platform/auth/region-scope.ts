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

/**
 * The prefix a user's writes reach: a county's staff write what they read; a city's or province's staff write only
 * their own region's rows (their counties' records are read-only to them) unless `mayWriteBelow` (granted
 * `region:below:write`, an administrator, or a route that acts over the region below, such as a target it sets).
 */
export function writeScopePrefix(regionCode: string, mayWriteBelow: boolean): string {
  const prefix = regionScopePrefix(regionCode);
  return mayWriteBelow ? prefix : regionCode;
}
