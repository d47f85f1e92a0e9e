import type {
  TForeignExpertRecord,
  TForeignExpertRecordInput,
  TUpdateForeignExpertRecordRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const FOREIGN_EXPERT_PATH = '/foreign-expert/records';
/** The list's filters as GET /foreign-expert/records and its export take them. */
export const FOREIGN_EXPERT_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const FOREIGN_EXPERT_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const foreignExpertApi = {
  list: (query: PagedQuery) => api.get<Page<TForeignExpertRecord>>(FOREIGN_EXPERT_PATH, query),
  get: (id: number) => api.get<TForeignExpertRecord>(`${FOREIGN_EXPERT_PATH}/${id}`),
  create: (body: TForeignExpertRecordInput) => api.post<TForeignExpertRecord>(FOREIGN_EXPERT_PATH, body),
  update: (id: number, body: TUpdateForeignExpertRecordRequest) =>
    api.put<TForeignExpertRecord>(`${FOREIGN_EXPERT_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${FOREIGN_EXPERT_PATH}/export`, filter),
};
