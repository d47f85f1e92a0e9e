import type { MessageCategory } from '@kechuang/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Puts a message in a user's bell. */
export async function notifyUser(
  db: Kysely<DB>,
  userId: number,
  msg: { category: MessageCategory; title: string; body: string; link?: string | null },
): Promise<void> {
  await db
    .insertInto('message')
    .values({
      user_id: userId,
      category: msg.category,
      title: msg.title.slice(0, 100),
      body: msg.body.slice(0, 2000),
      link: msg.link ?? null,
    })
    .execute();
}
