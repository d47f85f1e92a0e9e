import type { TAchievementRecord, TAchievementRecordInput, TUpdateAchievementRecordRequest } from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the register lives on the server (its import endpoints hang under it too). */
export const ACHIEVEMENT_PATH = '/achievement/records';
/** The list's filters as GET /achievement/records and its export take them. */
export const ACHIEVEMENT_FILTERS = ['keyword', 'year', 'ids'] as const;
/** The columns the server sorts by. */
export const ACHIEVEMENT_SORTABLE = ['name', 'recordedOn', 'updatedAt'] as const;

export const achievementApi = {
  list: (query: PagedQuery) => api.get<Page<TAchievementRecord>>(ACHIEVEMENT_PATH, query),
  get: (id: number) => api.get<TAchievementRecord>(`${ACHIEVEMENT_PATH}/${id}`),
  create: (body: TAchievementRecordInput) => api.post<TAchievementRecord>(ACHIEVEMENT_PATH, body),
  update: (id: number, body: TUpdateAchievementRecordRequest) =>
    api.put<TAchievementRecord>(`${ACHIEVEMENT_PATH}/${id}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${ACHIEVEMENT_PATH}/export`, filter),
};
