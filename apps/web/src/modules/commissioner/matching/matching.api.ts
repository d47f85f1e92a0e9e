import type {
  TAssignNeed,
  TCloseNeed,
  TCompleteNeed,
  TNeed,
  TNeedCandidate,
  TNeedInput,
  NeedState,
} from '@kechuang/domain';
import { api, type Page } from '../../../api/client';
import type { PagedQuery } from '../../../ui/table-request';

export type TNeedDetail = TNeed & {
  history: {
    fromState: NeedState | null;
    toState: NeedState;
    note: string | null;
    actorName: string | null;
    at: string;
  }[];
};

/** The list's filters as GET /commissioner/needs takes them. */
export const NEED_FILTERS = ['keyword', 'status', 'field', 'ids'] as const;

export const matchingApi = {
  list: (query: PagedQuery) => api.get<Page<TNeed>>('/commissioner/needs', query),
  get: (id: number) => api.get<TNeedDetail>(`/commissioner/needs/${id}`),
  post: (body: TNeedInput) => api.post<TNeed>('/commissioner/needs', body),
  proposals: (id: number) => api.get<{ data: TNeedCandidate[] }>(`/commissioner/needs/${id}/proposals`),
  assign: (id: number, body: TAssignNeed) => api.post<TNeed>(`/commissioner/needs/${id}/assign`, body),
  complete: (id: number, body: TCompleteNeed) => api.post<TNeed>(`/commissioner/needs/${id}/complete`, body),
  close: (id: number, body: TCloseNeed) => api.post<TNeed>(`/commissioner/needs/${id}/close`, body),
};
