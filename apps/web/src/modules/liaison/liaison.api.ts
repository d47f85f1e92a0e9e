import type { TLiaisonRecord, TLiaisonRecordInput, TUpdateLiaisonRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const LIAISON_PATH = '/liaison/records';
/** The list's filters as GET /liaison/records and its export take them. */
export const LIAISON_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const LIAISON_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const liaisonApi = {
  list: (query: PagedQuery) => api.get<Page<TLiaisonRecord>>(LIAISON_PATH, query),
  get: (id: number) => api.get<TLiaisonRecord>(`${LIAISON_PATH}/${id}`),
  create: (body: TLiaisonRecordInput) => api.post<TLiaisonRecord>(LIAISON_PATH, body),
  update: (id: number, body: TUpdateLiaisonRecordRequest) => api.put<TLiaisonRecord>(`${LIAISON_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${LIAISON_PATH}/export`, filter),
};
