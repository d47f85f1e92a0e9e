import { formatWanAmount, type ReportFact } from '@kechuang/domain';
import type { LinkedDatum } from './charts/FactChart';

/** The facts of a key whose dimensions are exactly `dims` (no more keys): one figure per breakdown. */
export function factsOf(facts: readonly ReportFact[], key: string, dims: Record<string, string> = {}): ReportFact[] {
  const wanted = Object.entries(dims);
  return facts.filter(
    (f) =>
      f.key === key &&
      Object.keys(f.dimensions).length === wanted.length &&
      wanted.every(([k, v]) => f.dimensions[k] === v),
  );
}

/** The facts of a key carrying the dimension `dim` (whatever its value), in the order the module gave them. */
export function factsBy(facts: readonly ReportFact[], key: string, dim: string): ReportFact[] {
  return facts.filter((f) => f.key === key && f.dimensions[dim] !== undefined);
}

/** A fact's figure as a chart draws it: money in 万元 (the label shows the exact text), everything else as is. */
export function chartValue(f: ReportFact): number {
  return f.unit === '元' ? Number(formatWanAmount(f.value).replace(/,/g, '')) : Number(f.value);
}

/** A fact's figure as text with its unit: money in 万元 through the domain's formatter. */
export function factText(f: Pick<ReportFact, 'value' | 'unit'>): string {
  return f.unit === '元' ? `${formatWanAmount(f.value)} 万元` : `${f.value} ${f.unit}`;
}

/** A fact as a clickable chart datum that opens its records. */
export function datum(f: ReportFact, name = f.label): LinkedDatum {
  return { value: chartValue(f), name, link: f.link };
}

/** A label without its bracketed qualifier: '产业技术创新联盟（县级，建设中）' → '产业技术创新联盟'. */
export const shortLabel = (label: string) => label.replace(/（[^）]*）$/, '');
