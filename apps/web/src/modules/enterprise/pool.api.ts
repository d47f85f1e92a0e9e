import { api } from '../../api/client';
import type { PoolTarget, TDeadline, TPoolResponse } from './enterprise.types';

export const poolApi = {
  pool: (query: { target: PoolTarget; township?: string; onlyCandidates?: boolean }) =>
    api.get<TPoolResponse>('/cultivation-pool', query),
  deadlines: (query: { within: number; today?: string }) => api.get<TDeadline[]>('/deadlines', query),
};
