import type { TSession } from '@kechuang/domain';
import type { LiveSessionRow } from './session.repository';

/** Live session row → API shape; `current` marks the session asking. */
export const presentSession = (r: LiveSessionRow, currentSessionId: string): TSession => ({
  id: r.id,
  userId: r.user_id,
  username: r.username,
  displayName: r.display_name,
  ip: r.ip,
  userAgent: r.user_agent,
  createdAt: r.created_at.toISOString(),
  lastSeenAt: r.last_seen_at.toISOString(),
  current: r.id === currentSessionId,
});
