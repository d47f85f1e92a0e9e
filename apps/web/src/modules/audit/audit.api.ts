import type { TJobStarted, TVerifyStatus } from '@kechuang/domain';
import { api } from '../../api/client';

export const auditApi = {
  startVerify: () => api.post<TJobStarted>('/audit/verify'),
  verifyStatus: (jobId: number) => api.get<TVerifyStatus>(`/audit/verify/${jobId}`),
};
