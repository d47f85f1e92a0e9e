import type { TCommissionerRecord, TCommissionerRecordInput, TUpdateCommissionerRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const COMMISSIONER_PATH = '/commissioner/records';
/** The list's filters as GET /commissioner/records and its export take them. */
export const COMMISSIONER_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const COMMISSIONER_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const commissionerApi = {
  list: (query: PagedQuery) => api.get<Page<TCommissionerRecord>>(COMMISSIONER_PATH, query),
  get: (id: number) => api.get<TCommissionerRecord>(`${COMMISSIONER_PATH}/${id}`),
  create: (body: TCommissionerRecordInput) => api.post<TCommissionerRecord>(COMMISSIONER_PATH, body),
  update: (id: number, body: TUpdateCommissionerRecordRequest) =>
    api.put<TCommissionerRecord>(`${COMMISSIONER_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${COMMISSIONER_PATH}/export`, filter),
};
