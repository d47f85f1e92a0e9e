import type { TCooperationRecord, TCooperationRecordInput, TUpdateCooperationRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const COOPERATION_PATH = '/cooperation/records';
/** The list's filters as GET /cooperation/records and its export take them. */
export const COOPERATION_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const COOPERATION_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const cooperationApi = {
  list: (query: PagedQuery) => api.get<Page<TCooperationRecord>>(COOPERATION_PATH, query),
  get: (id: number) => api.get<TCooperationRecord>(`${COOPERATION_PATH}/${id}`),
  create: (body: TCooperationRecordInput) => api.post<TCooperationRecord>(COOPERATION_PATH, body),
  update: (id: number, body: TUpdateCooperationRecordRequest) =>
    api.put<TCooperationRecord>(`${COOPERATION_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${COOPERATION_PATH}/export`, filter),
};
