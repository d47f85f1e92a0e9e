import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { reportPeriod } from '@kechuang/domain';
import { useSession } from '../auth/use-session';
import type { DashboardQuery } from './dashboard.api';

/** This year's code in Beijing time ('2026'): the period the dashboard opens on. */
export function thisYear(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4);
}

/**
 * The region, period and date the dashboard shows, kept in the address (?region=&period=&asOf=) so a drill from a
 * city into a county is a link and the back button returns; the user's own region and this year by default.
 */
export function useDashboardParams(): [DashboardQuery, (next: Partial<DashboardQuery>) => void] {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const asked = params.get('period') ?? '';
  const q: DashboardQuery = {
    region: params.get('region') ?? user?.regionCode ?? '',
    period: reportPeriod(asked) ? asked : thisYear(),
    asOf: params.get('asOf') ?? undefined,
  };
  const set = useCallback(
    (next: Partial<DashboardQuery>) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v) out.set(k, v);
          else out.delete(k);
        }
        return out;
      }),
    [setParams],
  );
  return [q, set];
}

/** A region code names a city or the province (its children are compared) when it ends in 00. */
export const isAggregateRegion = (code: string) => code.endsWith('00');
