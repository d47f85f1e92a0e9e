import type { SourceRef } from '../rules/tables/source';

/**
 * The typical condition a 科普基地 is held to on its open days (docs/rules.md §5.7): open ≥ 200 days a year. The
 * figure is 山西's published condition (no Gansu figure found), so it is a row with its source, not a literal.
 */
export const POPSCI_BASE_OPEN_DAYS: { readonly minOpenDaysPerYear: number; readonly ref: SourceRef } = {
  minOpenDaysPerYear: 200,
  ref: { source: 'S83', doc: '山西省科普基地认定条件：每年开放不少于200天', confidence: '✔' },
};

/**
 * A base's open days in a year: the distinct days its held 科普开放日 events cover inside the year (two events on one
 * day count it once; an event across New Year counts only its days in the year).
 */
export function openDaysInYear(events: readonly { startOn: string; endOn: string }[], year: number): number {
  const days = new Set<string>();
  const first = Date.parse(`${year}-01-01T00:00:00Z`);
  const last = Date.parse(`${year}-12-31T00:00:00Z`);
  for (const e of events) {
    const from = Math.max(Date.parse(`${e.startOn}T00:00:00Z`), first);
    const to = Math.min(Date.parse(`${e.endOn}T00:00:00Z`), last);
    for (let t = from; t <= to; t += 86_400_000) days.add(new Date(t).toISOString().slice(0, 10));
  }
  return days.size;
}
