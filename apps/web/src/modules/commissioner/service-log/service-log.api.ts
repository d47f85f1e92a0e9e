import type {
  TMyServiceSummary,
  TReviewServiceLogRequest,
  TServiceDayCounter,
  TServiceLog,
  TServiceLogInput,
} from '@kechuang/domain';
import { api, type Page } from '../../../api/client';
import type { PagedQuery } from '../../../ui/table-request';

const base = '/commissioner/service-logs';

/** The photos' owner type on the attachments kit (server: service-log-photos.ts). */
export const SERVICE_LOG_OWNER = 'commissioner.service-log';
export const SERVICE_LOG_FILTERS = ['keyword', 'year', 'status', 'commissionerId', 'ids'] as const;
export const SERVICE_LOG_SORTABLE = ['servedOn', 'updatedAt'] as const;
export const SERVICE_DAY_FILTERS = ['year', 'behind', 'keyword'] as const;
export const SERVICE_DAY_SORTABLE = ['name', 'confirmedDays', 'pendingDays', 'expectedDays'] as const;

export interface ServiceLogMove {
  fromLabel: string | null;
  toLabel: string;
  reason: string | null;
  actorName: string | null;
  at: string;
}

export const serviceLogApi = {
  list: (query: PagedQuery) => api.get<Page<TServiceLog>>(base, query),
  get: (id: number) => api.get<{ log: TServiceLog; history: ServiceLogMove[] }>(`${base}/${id}`),
  mine: () => api.get<TMyServiceSummary>(`${base}/mine`),
  enterprises: (keyword?: string) => api.get<{ id: number; name: string }[]>(`${base}/enterprise-options`, { keyword }),
  create: (body: TServiceLogInput) => api.post<TServiceLog>(base, body),
  update: (id: number, log: TServiceLogInput, version: number) =>
    api.put<TServiceLog>(`${base}/${id}`, { log, version }),
  review: (id: number, body: TReviewServiceLogRequest) => api.post<TServiceLog>(`${base}/${id}/review`, body),
  days: (query: PagedQuery) => api.get<Page<TServiceDayCounter>>('/commissioner/service-days', query),
};
