import type { TRdMyReport, TRdTaskSummary } from '@kechuang/domain';
import { useLoader } from '../../../ui/use-loader';
import { rdApi } from '../rd.api';

export interface MyRdReports {
  reports: TRdMyReport[];
  /** The form of the current task (the open one, else the latest period's). */
  current: TRdMyReport | null;
  /** The current period's county totals, once a leader has published them (never another period's). */
  county: TRdTaskSummary | null;
  loading: boolean;
}

/**
 * The enterprise user's forms and what it may see of the totals, in one request that asks nothing the user may not
 * see (so no 403 on an unpublished task, and no older period's totals in the current one's place).
 */
export function useMyRdReports(): MyRdReports {
  const overview = useLoader('mine', () => rdApi.myOverview());
  const o = overview.data;
  return {
    reports: o?.reports ?? [],
    current: o?.reports.find((r) => r.id === o.currentId) ?? null,
    county: o?.county ?? null,
    loading: overview.loading,
  };
}
