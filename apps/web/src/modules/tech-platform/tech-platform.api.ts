import type {
  TGraduateRequest,
  TTechPlatform,
  TTechPlatformDetail,
  TTechPlatformInput,
  TTechPlatformTransitionRequest,
  TUpdateTechPlatformRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const TECH_PLATFORM_PATH = '/tech-platform/platforms';
/** The list's filters as GET /tech-platform/platforms and its export take them. */
export const TECH_PLATFORM_FILTERS = ['keyword', 'kind', 'level', 'status', 'regionCode', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const TECH_PLATFORM_SORTABLE = ['name', 'recognizedOn', 'updatedAt'] as const;

export const techPlatformApi = {
  list: (query: PagedQuery) => api.get<Page<TTechPlatform>>(TECH_PLATFORM_PATH, query),
  get: (id: number) => api.get<TTechPlatformDetail>(`${TECH_PLATFORM_PATH}/${id}`),
  create: (body: TTechPlatformInput) => api.post<TTechPlatformDetail>(TECH_PLATFORM_PATH, body),
  update: (id: number, body: TUpdateTechPlatformRequest) =>
    api.put<TTechPlatformDetail>(`${TECH_PLATFORM_PATH}/${id}`, body),
  move: (id: number, body: TTechPlatformTransitionRequest) =>
    api.post<TTechPlatformDetail>(`${TECH_PLATFORM_PATH}/${id}/transitions`, body),
  addIncubatee: (id: number, body: { enterpriseId: number; enteredOn: string }) =>
    api.post<{ id: number }>(`${TECH_PLATFORM_PATH}/${id}/incubatees`, body),
  graduate: (incubateeId: number, body: TGraduateRequest) =>
    api.post<{ ok: true }>(`/tech-platform/incubatees/${incubateeId}/graduation`, body),
  reportChange: (changeId: number, reportedOn: string) =>
    api.post<{ ok: true }>(`/tech-platform/changes/${changeId}/report`, { reportedOn }),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${TECH_PLATFORM_PATH}/export`, filter),
};
