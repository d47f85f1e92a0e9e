import type { EChartsOption } from 'echarts';
import type { ReportFact } from '@kechuang/domain';
import { datum } from '../fact-pick';

/** One period's facts, as the dashboard loaded them. */
export interface PeriodFacts {
  code: string;
  label: string;
  facts: readonly ReportFact[];
}

/** The axis title of a set of facts: money is drawn in 万元. */
const unitOf = (facts: readonly ReportFact[]) => (facts[0]?.unit === '元' ? '万元' : (facts[0]?.unit ?? ''));

/**
 * Periods along the axis, one bar series per breakdown (its label): each bar is a fact and opens its records.
 * Null when no period has a figure of the key.
 */
export function barsOverPeriods(
  periods: readonly PeriodFacts[],
  pick: (facts: readonly ReportFact[]) => ReportFact[],
  type: 'bar' | 'line' = 'bar',
): EChartsOption | null {
  const picked = periods.map((p) => pick(p.facts));
  const all = picked.flat();
  if (all.length === 0) return null;
  const names = [...new Set(all.map((f) => f.label))];
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 8, top: 28, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: periods.map((p) => p.label) },
    yAxis: { type: 'value', name: unitOf(all) },
    series: names.map((name) => ({
      type,
      name,
      data: picked.map((facts) => {
        const f = facts.find((x) => x.label === name);
        return f ? datum(f) : { value: 0 };
      }),
    })),
  };
}

/** One horizontal bar per fact (its label on the axis), each opening its records; null when there are none. */
export function barsOfFacts(facts: readonly ReportFact[], label = (f: ReportFact) => f.label): EChartsOption | null {
  if (facts.length === 0) return null;
  const rows = [...facts].reverse();
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: unitOf(facts) },
    yAxis: { type: 'category', data: rows.map(label), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', label: { show: true, position: 'right' }, data: rows.map((f) => datum(f, label(f))) }],
  };
}

/** Platforms by kind (axis) and status (stacked series), each segment opening its platforms. */
export function platformsByKindAndStatus(facts: readonly ReportFact[]): EChartsOption | null {
  if (facts.length === 0) return null;
  // '众创空间（省级，已认定）': the kind and level on the axis, the status as the stacked series.
  const status = (f: ReportFact) => /，([^，）]+)）$/.exec(f.label)?.[1] ?? f.dimensions.status;
  const kind = (f: ReportFact) => f.label.replace(`，${status(f)}）`, '）');
  const kinds = [...new Set(facts.map(kind))];
  const statuses = [...new Set(facts.map(status))];
  return {
    tooltip: { trigger: 'item', formatter: '{a}：{b} {c} 个' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', name: '个' },
    yAxis: { type: 'category', data: kinds, axisLabel: { width: 150, overflow: 'truncate' } },
    series: statuses.map((s) => ({
      type: 'bar',
      name: s,
      stack: 'status',
      data: kinds.map((k) => {
        const here = facts.find((f) => kind(f) === k && status(f) === s);
        return here ? datum(here, k) : { value: 0 };
      }),
    })),
  };
}
