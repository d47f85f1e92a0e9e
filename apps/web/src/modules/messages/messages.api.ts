import type { TMessagePage, TOk } from '@kechuang/domain';
import { api } from '../../api/client';

export const messagesApi = {
  list: (query: { current?: number; pageSize?: number; unread?: boolean }) => api.get<TMessagePage>('/messages', query),
  /** Without ids: every unread message of the current user. */
  markRead: (ids?: number[]) => api.post<TOk>('/messages/read', ids ? { ids } : {}),
};
