import {
  attachmentFileUrl,
  type AchievementMove,
  type EvidenceKind,
  type TAchievement,
  type TAchievementDetail,
  type TAchievementInput,
  type TUpdateAchievementRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import { attachmentsApi } from '../../ui/attachments/attachments.api';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the registrations live on the server (the import endpoints hang under it too). */
export const ACHIEVEMENT_PATH = '/achievement/records';
/** The list's filters as GET /achievement/records and its export take them. */
export const ACHIEVEMENT_FILTERS = ['keyword', 'category', 'status', 'year', 'regionCode', 'ids'] as const;
/** The columns the server sorts by. */
export const ACHIEVEMENT_SORTABLE = ['name', 'registeredOn', 'updatedAt'] as const;

/** The download address of an evidence file (the server checks access). */
export const achievementFileUrl = (id: number) => attachmentFileUrl(id);

export const achievementApi = {
  list: (query: PagedQuery) => api.get<Page<TAchievement>>(ACHIEVEMENT_PATH, query),
  get: (id: number) => api.get<TAchievementDetail>(`${ACHIEVEMENT_PATH}/${id}`),
  create: (body: TAchievementInput) => api.post<TAchievement>(ACHIEVEMENT_PATH, body),
  update: (id: number, body: TUpdateAchievementRequest) => api.put<TAchievement>(`${ACHIEVEMENT_PATH}/${id}`, body),
  move: (id: number, move: Exclude<AchievementMove, 'register'>, body: { version: number; comment?: string }) =>
    api.post<TAchievementDetail>(`${ACHIEVEMENT_PATH}/${id}/${move}`, body),
  register: (id: number, body: { version: number; registrationNo: string; registeredOn: string }) =>
    api.post<TAchievementDetail>(`${ACHIEVEMENT_PATH}/${id}/register`, body),
  /** Evidence through the attachments kit: one slot per kind. */
  uploadFile: (id: number, kind: EvidenceKind, file: File) =>
    attachmentsApi.upload('achievement.record', id, kind, file),
  deleteFile: (fileId: number) => attachmentsApi.remove(fileId),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${ACHIEVEMENT_PATH}/export`, filter),
};
