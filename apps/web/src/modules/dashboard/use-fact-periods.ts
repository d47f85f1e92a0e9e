import { reportPeriod } from '@kechuang/domain';
import { useLoader, type Loaded } from '../../ui/use-loader';
import type { PeriodFacts } from './charts/options';
import { dashboardApi } from './dashboard.api';

/** The periods a dashboard of `period` draws: itself, the last three years, and the last four half-years (trends). */
export function periodsAround(period: string) {
  const year = Number(period.slice(0, 4));
  const years = [year - 2, year - 1, year].map(String);
  const halves = [`${year - 1}H1`, `${year - 1}H2`, `${year}H1`, `${year}H2`];
  return { current: period, years, halves, all: [...new Set([period, ...years, ...halves])] };
}

/** The report facts of a region for each of those periods (loaded together), by period code. */
export function useFactPeriods(region: string, period: string): Loaded<Map<string, PeriodFacts>> {
  const { all } = periodsAround(period);
  return useLoader(region ? `${region}:${period}` : null, async () => {
    const loaded = await Promise.all(all.map((code) => dashboardApi.facts(region, code)));
    return new Map(
      loaded.map((r) => [
        r.period.code,
        { code: r.period.code, label: shortPeriodLabel(r.period.code), facts: r.facts },
      ]),
    );
  });
}

/** '2022年上半年' is long under a bar: '2022上半年', '2022年'. */
function shortPeriodLabel(code: string): string {
  const p = reportPeriod(code)!;
  return code.length === 4 ? p.label : p.label.replace('年', '');
}
