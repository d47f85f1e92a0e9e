import type { ReportDocument } from '@kechuang/domain';
import { api } from '../../api/client';

// The answers of the report API (docs of the module `report` on the server); kept beside the calls that use them.
export interface ReportRow {
  id: number;
  regionCode: string;
  regionName: string;
  period: string;
  title: string;
  version: number;
  status: 'draft' | 'final';
  updatedAt: string;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

/** A figure the last re-generation changed: which paragraph, which fact, from what to what. */
export interface ReportChange {
  paragraphId: string;
  factKey: string;
  before: string;
  after: string;
}

export interface ReportIndicator {
  key: string;
  name: string;
  value: string;
  unit: string;
}

export interface ReportDetail {
  id: number;
  regionCode: string;
  period: string;
  version: number;
  status: 'draft' | 'final';
  rowVersion: number;
  document: ReportDocument;
  changes: ReportChange[];
  finalHash: string | null;
  finalisedBy: string | null;
  finalisedAt: string | null;
  indicators: ReportIndicator[];
}

const redaction = (redacted: boolean) => (redacted ? { redacted: 1 } : undefined);

export const reportApi = {
  list: (query: { regionCode?: string; period?: string }) => api.get<ReportRow[]>('/reports', query),
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
