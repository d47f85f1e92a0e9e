import type { TRdMyReport, TRdTaskSummary } from '@kechuang/domain';
import { ApiError } from '../../../api/client';
import { useLoader } from '../../../ui/use-loader';
import { rdApi } from '../rd.api';

export interface MyRdReports {
  reports: TRdMyReport[];
  /** The county totals of the user's tasks that a leader has published. */
  published: TRdTaskSummary[];
  loading: boolean;
}

/** The county totals of these tasks that are published; an unpublished task answers 403, i.e. nothing to show yet. */
async function publishedSummaries(taskIds: number[]): Promise<TRdTaskSummary[]> {
  const found = await Promise.all(
    taskIds.map((id) =>
      rdApi.summary(id).catch((e: unknown) => (e instanceof ApiError && e.status === 403 ? null : Promise.reject(e))),
    ),
  );
  return found.filter((s): s is TRdTaskSummary => s !== null);
}

/** The enterprise user's forms across tasks, and the county totals published for those tasks. */
export function useMyRdReports(): MyRdReports {
  const reports = useLoader('mine', () => rdApi.myReports());
  const taskIds = [...new Set((reports.data ?? []).map((r) => r.taskId))];
  const published = useLoader(reports.data ? `tasks-${taskIds.join(',')}` : null, () => publishedSummaries(taskIds));
  return { reports: reports.data ?? [], published: published.data ?? [], loading: reports.loading };
}
