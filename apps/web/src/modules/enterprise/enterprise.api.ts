import type {
  TAssessmentPrefill,
  TContactPhone,
  TEnterprise,
  TEnterpriseInput,
  TTimelineEvent,
  TYearlyFiguresRow,
  TYearlyFiguresSave,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** The register's filters as GET /enterprises and GET /enterprises/export take them. */
export const REGISTER_FILTERS = ['keyword', 'regionCode', 'industryCode', 'tier', 'stage', 'tag', 'ids'] as const;
/** The register's columns the server sorts by. */
export const REGISTER_SORTABLE = ['name', 'updatedAt', 'foundedOn'] as const;

export type UpdateEnterpriseInput = Partial<TEnterpriseInput> & { version: number };

export const enterpriseApi = {
  list: (query: PagedQuery) => api.get<Page<TEnterprise>>('/enterprises', query),
  get: (id: number) => api.get<TEnterprise>(`/enterprises/${id}`),
  search: (keyword: string) =>
    api.get<Page<TEnterprise>>('/enterprises', { keyword, pageSize: 20, sort: 'name', order: 'ascend' }),
  create: (body: Partial<TEnterpriseInput>) => api.post<TEnterprise>('/enterprises', body),
  update: (id: number, body: UpdateEnterpriseInput) => api.put<TEnterprise>(`/enterprises/${id}`, body),
  timeline: (id: number) => api.get<TTimelineEvent[]>(`/enterprises/${id}/timeline`),
  /** The unmasked phone; the server writes an audit row for every call. */
  contactPhone: (id: number) => api.get<TContactPhone>(`/enterprises/${id}/contact-phone`),
  /** Yearly figures, newest year first. */
  yearly: (id: number) => api.get<TYearlyFiguresRow[]>(`/enterprises/${id}/yearly`),
  /** Saves one year (version 0 for a year not yet on record). */
  saveYearly: (id: number, year: number, body: TYearlyFiguresSave) =>
    api.put<TYearlyFiguresRow>(`/enterprises/${id}/yearly/${year}`, body),
  prefill: (id: number) => api.get<TAssessmentPrefill>(`/enterprises/${id}/assessment-prefill`),
  /** The register's rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download('/enterprises/export', filter),
};
