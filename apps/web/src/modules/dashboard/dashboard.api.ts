import type { IndicatorComparison, IndicatorReadings, ReportFacts } from '@kechuang/domain';
import { api } from '../../api/client';

/** What the dashboard reads: a region, a period code ('2022', '2022H1') and an optional date to read at. */
export interface DashboardQuery {
  region: string;
  period: string;
  asOf?: string;
}

const query = (q: DashboardQuery) => ({ region: q.region, period: q.period, date: q.asOf });

/** The one set of calls the dashboard makes: indicator readings, the children's comparison and the report facts. */
export const dashboardApi = {
  readings: (q: DashboardQuery) => api.get<IndicatorReadings>('/indicators/readings', query(q)),
  comparison: (q: DashboardQuery, key: string) =>
    api.get<IndicatorComparison>('/indicators/comparison', { ...query(q), indicator: key }),
  exportReadings: (q: DashboardQuery) => api.download('/indicators/readings/export', query(q)),
  facts: (region: string, period: string) => api.get<ReportFacts>('/facts', { region, period }),
};
