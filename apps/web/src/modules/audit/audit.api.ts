import { api } from '../../api/client';
import type { TVerifyStatus } from '../../api/contract-types';

export const auditApi = {
  startVerify: () => api.post<{ jobId: number }>('/audit/verify'),
  verifyStatus: (jobId: number) => api.get<TVerifyStatus>(`/audit/verify/${jobId}`),
};
