/** Top-level keys whose values differ between two snapshots (by JSON value), e.g. an audit row's before/after. */
export function changedKeys(before: unknown, after: unknown): Set<string> {
  const obj = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const a = obj(before);
  const b = obj(after);
  const out = new Set<string>();
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.add(k);
  }
  return out;
}
