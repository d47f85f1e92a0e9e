import type { TTechPlatformRecord, TTechPlatformRecordInput, TUpdateTechPlatformRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const TECH_PLATFORM_PATH = '/tech-platform/records';
/** The list's filters as GET /tech-platform/records and its export take them. */
export const TECH_PLATFORM_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const TECH_PLATFORM_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const techPlatformApi = {
  list: (query: PagedQuery) => api.get<Page<TTechPlatformRecord>>(TECH_PLATFORM_PATH, query),
  get: (id: number) => api.get<TTechPlatformRecord>(`${TECH_PLATFORM_PATH}/${id}`),
  create: (body: TTechPlatformRecordInput) => api.post<TTechPlatformRecord>(TECH_PLATFORM_PATH, body),
  update: (id: number, body: TUpdateTechPlatformRecordRequest) =>
    api.put<TTechPlatformRecord>(`${TECH_PLATFORM_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${TECH_PLATFORM_PATH}/export`, filter),
};
