import type { ReportDetail, ReportDocument, ReportSummary } from '@kechuang/domain';
import { api } from '../../api/client';

/** A figure the last re-generation changed: which paragraph, which fact, from what to what. */
export type ReportChange = ReportDetail['changes'][number];
export type ReportIndicator = ReportDetail['indicators'][number];

const redaction = (redacted: boolean) => (redacted ? { redacted: 1 } : undefined);

export const reportApi = {
  list: (query: { regionCode?: string; period?: string }) => api.get<ReportSummary[]>('/reports', query),
  generate: (body: { regionCode: string; period: string }) =>
    api.post<{ reportId: number; jobId: number }>('/reports', body),
  get: (id: number) => api.get<ReportDetail>(`/reports/${id}`),
  save: (id: number, document: ReportDocument, rowVersion: number) =>
    api.put<ReportDetail>(`/reports/${id}/document`, { document, rowVersion }),
  regenerate: (id: number) => api.post<{ jobId: number }>(`/reports/${id}/regenerate`),
  finalise: (id: number) => api.post<ReportDetail>(`/reports/${id}/finalise`),
  newVersion: (id: number) => api.post<{ reportId: number }>(`/reports/${id}/new-version`),
  preview: (id: number, redacted: boolean) => api.get<ReportDocument>(`/reports/${id}/preview`, redaction(redacted)),
  docx: (id: number, redacted: boolean) => api.download(`/reports/${id}/docx`, redaction(redacted)),
  pdf: (id: number, redacted: boolean) => api.download(`/reports/${id}/pdf`, redaction(redacted)),
};
