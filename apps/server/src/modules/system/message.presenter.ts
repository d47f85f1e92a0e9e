import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { ZMessage } from '@kechuang/domain';
import type { MessageTable } from '../../platform/db/schema';

/** Message row → API shape. */
export const presentMessage = (m: Selectable<MessageTable>): z.infer<typeof ZMessage> => ({
  id: m.id,
  title: m.title,
  body: m.body,
  link: m.link,
  category: m.category,
  readAt: m.read_at?.toISOString() ?? null,
  createdAt: m.created_at.toISOString(),
});
