import type { TServiceEventRecord, TServiceEventRecordInput, TUpdateServiceEventRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const SERVICE_EVENT_PATH = '/service-event/records';
/** The list's filters as GET /service-event/records and its export take them. */
export const SERVICE_EVENT_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const SERVICE_EVENT_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const serviceEventApi = {
  list: (query: PagedQuery) => api.get<Page<TServiceEventRecord>>(SERVICE_EVENT_PATH, query),
  get: (id: number) => api.get<TServiceEventRecord>(`${SERVICE_EVENT_PATH}/${id}`),
  create: (body: TServiceEventRecordInput) => api.post<TServiceEventRecord>(SERVICE_EVENT_PATH, body),
  update: (id: number, body: TUpdateServiceEventRecordRequest) =>
    api.put<TServiceEventRecord>(`${SERVICE_EVENT_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${SERVICE_EVENT_PATH}/export`, filter),
};
