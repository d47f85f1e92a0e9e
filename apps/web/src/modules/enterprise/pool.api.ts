import type { PoolTarget, TEnterpriseDeadline, TPoolResponse } from '@kechuang/domain';
import { api } from '../../api/client';
import type { DeadlineQuery } from '../../ui/deadlines/DeadlineTable';

export const poolApi = {
  pool: (query: { target: PoolTarget; township?: string; onlyCandidates?: boolean }) =>
    api.get<TPoolResponse>('/cultivation-pool', query),
  deadlines: (query: DeadlineQuery) => api.get<TEnterpriseDeadline[]>('/deadlines', query),
};
