import type { TMessage } from '@kechuang/domain';
import { messagesApi } from './messages.api';

export interface InboxSnapshot {
  unread: number;
  recent: TMessage[];
}

// One shared snapshot so the bell and the 消息 page agree after either marks something read.
let snapshot: InboxSnapshot = { unread: 0, recent: [] };
const listeners = new Set<() => void>();

export const inboxStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => snapshot,
  /** Fetches the unread count and the five newest messages. */
  async refresh(): Promise<void> {
    const page = await messagesApi.list({ current: 1, pageSize: 5 });
    snapshot = { unread: page.unread, recent: page.data };
    listeners.forEach((l) => l());
  },
};
