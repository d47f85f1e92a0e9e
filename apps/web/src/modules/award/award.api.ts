import type { TAwardRecord, TAwardRecordInput, TUpdateAwardRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const AWARD_PATH = '/award/records';
/** The list's filters as GET /award/records and its export take them. */
export const AWARD_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const AWARD_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const awardApi = {
  list: (query: PagedQuery) => api.get<Page<TAwardRecord>>(AWARD_PATH, query),
  get: (id: number) => api.get<TAwardRecord>(`${AWARD_PATH}/${id}`),
  create: (body: TAwardRecordInput) => api.post<TAwardRecord>(AWARD_PATH, body),
  update: (id: number, body: TUpdateAwardRecordRequest) => api.put<TAwardRecord>(`${AWARD_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${AWARD_PATH}/export`, filter),
};
