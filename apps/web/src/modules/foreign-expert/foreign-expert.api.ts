import type {
  TForeignExpert,
  TForeignExpertInput,
  TForeignExpertVisit,
  TForeignExpertVisitInput,
  TTalentBase,
  TUpdateForeignExpertRequest,
  TUpdateForeignExpertVisitRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** The expert list's filters and sortable columns as GET /foreign-expert/experts takes them. */
export const EXPERT_FILTERS = ['keyword', 'country', 'talentBaseId', 'ids'] as const;
export const EXPERT_SORTABLE = ['name', 'country', 'updatedAt'] as const;
/** The visit list's filters and sortable columns. */
export const VISIT_FILTERS = ['keyword', 'year', 'expertId', 'enterpriseId', 'talentBaseId', 'ids'] as const;
export const VISIT_SORTABLE = ['startOn', 'updatedAt'] as const;

export const foreignExpertApi = {
  experts: (query: PagedQuery) => api.get<Page<TForeignExpert>>('/foreign-expert/experts', query),
  expert: (id: number) => api.get<TForeignExpert>(`/foreign-expert/experts/${id}`),
  createExpert: (body: TForeignExpertInput) => api.post<TForeignExpert>('/foreign-expert/experts', body),
  updateExpert: (id: number, body: TUpdateForeignExpertRequest) =>
    api.put<TForeignExpert>(`/foreign-expert/experts/${id}`, body),
  /** The full passport number; the server writes an audit row for every call. */
  passport: (id: number) => api.get<{ passportNo: string }>(`/foreign-expert/experts/${id}/passport`),
  exportExperts: (filter: TableQuery) => api.download('/foreign-expert/experts/export', filter),
  visits: (query: PagedQuery) => api.get<Page<TForeignExpertVisit>>('/foreign-expert/visits', query),
  visit: (id: number) => api.get<TForeignExpertVisit>(`/foreign-expert/visits/${id}`),
  createVisit: (body: TForeignExpertVisitInput) => api.post<TForeignExpertVisit>('/foreign-expert/visits', body),
  updateVisit: (id: number, body: TUpdateForeignExpertVisitRequest) =>
    api.put<TForeignExpertVisit>(`/foreign-expert/visits/${id}`, body),
  talentBases: () => api.get<{ data: TTalentBase[] }>('/foreign-expert/talent-bases'),
};
