import type {
  TAssignDemandExperts,
  TConfirmRanking,
  TDemandReview,
  TPublishCall,
  TRankingLine,
  TScoreDemand,
  TTechDemand,
  TTechDemandCall,
  TTechDemandCallInput,
  TTechDemandDetail,
  TTechDemandInput,
  TTechDemandMoveRequest,
  TUpdateTechDemandRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** The demand list's filters as GET /tech-demand/demands and its export take them. */
export const DEMAND_FILTERS = ['keyword', 'callId', 'state', 'field', 'enterpriseId', 'ids'] as const;
export const DEMAND_SORTABLE = ['title', 'budget', 'reviewScore', 'updatedAt'] as const;

export const techDemandApi = {
  list: (query: PagedQuery) => api.get<Page<TTechDemand>>('/tech-demand/demands', query),
  get: (id: number) => api.get<TTechDemandDetail>(`/tech-demand/demands/${id}`),
  create: (body: TTechDemandInput) => api.post<TTechDemand>('/tech-demand/demands', body),
  update: (id: number, body: TUpdateTechDemandRequest) => api.put<TTechDemand>(`/tech-demand/demands/${id}`, body),
  move: (id: number, body: TTechDemandMoveRequest) =>
    api.post<TTechDemand>(`/tech-demand/demands/${id}/transition`, body),
  exportFile: (filter: TableQuery) => api.download('/tech-demand/demands/export', filter),
  calls: (query: PagedQuery) => api.get<Page<TTechDemandCall>>('/tech-demand/calls', query),
  openCalls: () => api.get<TTechDemandCall[]>('/tech-demand/calls/open'),
  createCall: (body: TTechDemandCallInput) => api.post<TTechDemandCall>('/tech-demand/calls', body),
  startReview: (id: number, version: number) =>
    api.post<TTechDemandCall>(`/tech-demand/calls/${id}/start-review`, { version }),
  ranking: (callId: number) => api.get<TRankingLine[]>(`/tech-demand/calls/${callId}/ranking`),
  confirmRanking: (callId: number, body: TConfirmRanking) =>
    api.post<TTechDemandCall>(`/tech-demand/calls/${callId}/ranking`, body),
  publish: (callId: number, body: TPublishCall) =>
    api.post<TTechDemandCall>(`/tech-demand/calls/${callId}/publish`, body),
  experts: () =>
    api.get<{ id: number; name: string; employer: string | null; hasProfile: boolean }[]>('/tech-demand/experts'),
  assign: (body: TAssignDemandExperts) => api.post<{ added: number }>('/tech-demand/review/assign', body),
  myReviews: () => api.get<TDemandReview[]>('/tech-demand/reviews'),
  score: (id: number, body: TScoreDemand) => api.put<TDemandReview>(`/tech-demand/reviews/${id}`, body),
};
