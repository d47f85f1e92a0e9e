import type { TEnterprise, TEnterpriseInput } from '@kechuang/domain';
import { api } from '../../api/client';
import type { TAssessmentPrefill, TTimelineEvent } from './enterprise.types';

/** The register's filters as GET /enterprises and GET /enterprises/export take them. */
export type EnterpriseFilter = Partial<
  Record<'keyword' | 'regionCode' | 'industryCode' | 'tier' | 'stage' | 'tag' | 'sort' | 'order', string>
>;

export type UpdateEnterpriseInput = Partial<TEnterpriseInput> & { version: number };

export const enterpriseApi = {
  get: (id: number) => api.get<TEnterprise>(`/enterprises/${id}`),
  search: (keyword: string) =>
    api.get<{ data: TEnterprise[] }>('/enterprises', { keyword, pageSize: 20, sort: 'name', order: 'ascend' }),
  create: (body: Partial<TEnterpriseInput>) => api.post<TEnterprise>('/enterprises', body),
  update: (id: number, body: UpdateEnterpriseInput) => api.put<TEnterprise>(`/enterprises/${id}`, body),
  timeline: (id: number) => api.get<TTimelineEvent[]>(`/enterprises/${id}/timeline`),
  /** The unmasked phone; the server writes an audit row for every call. */
  contactPhone: (id: number) => api.get<{ contactPhone: string | null }>(`/enterprises/${id}/contact-phone`),
  prefill: (id: number) => api.get<TAssessmentPrefill>(`/enterprises/${id}/assessment-prefill`),
  exportFile: (filter: EnterpriseFilter) => api.download('/enterprises/export', filter),
};
