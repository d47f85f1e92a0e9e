import type { TMessage } from '@kechuang/domain';
import { api, type Page } from '../../api/client';

export type MessagePage = Page<TMessage> & { unread: number };

export const messagesApi = {
  list: (query: { current?: number; pageSize?: number; unread?: boolean }) => api.get<MessagePage>('/messages', query),
  /** Without ids: every unread message of the current user. */
  markRead: (ids?: number[]) => api.post<{ ok: true }>('/messages/read', ids ? { ids } : {}),
};
