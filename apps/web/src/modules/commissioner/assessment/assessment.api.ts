import type {
  TAssessment,
  TAssessmentDetail,
  TAssessmentEntry,
  TRatableEntry,
  TScoreAssessmentEntryRequest,
} from '@kechuang/domain';
import { api } from '../../../api/client';

const base = '/commissioner/assessments';

export const assessmentApi = {
  list: (year?: number, ids?: string) => api.get<TAssessment[]>(base, { year, ids }),
  get: (id: number) => api.get<TAssessmentDetail>(`${base}/${id}`),
  open: (regionCode: string, year: number) => api.post<TAssessmentDetail>(base, { regionCode, year }),
  score: (entryId: number, body: TScoreAssessmentEntryRequest) =>
    api.put<TAssessmentEntry>(`${base}/entries/${entryId}`, body),
  publish: (id: number, version: number) => api.post<{ noticeId: number }>(`${base}/${id}/publish`, { version }),
  exportFile: (id: number) => api.download(`${base}/${id}/export`),
  ratable: () => api.get<TRatableEntry[]>(`${base}/ratable`),
  rate: (entryId: number, points: number, comment?: string) =>
    api.put<{ ok: true }>(`${base}/entries/${entryId}/rating`, { points, comment: comment || null }),
};
