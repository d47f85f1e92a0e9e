import type { Kysely } from 'kysely';
import { listPage, type PageRequest } from '../../platform/db/paging';
import type { DB } from '../../platform/db/schema';

/** One page of a user's messages (only the unread ones when asked), newest first, and how many are unread. */
export async function listMessages(db: Kysely<DB>, userId: number, f: { unread?: boolean }, page: PageRequest) {
  let q = db.selectFrom('message').selectAll().where('user_id', '=', userId);
  if (f.unread) q = q.where('read_at', 'is', null);
  const [{ data, total }, unread] = await Promise.all([
    listPage(q, page, { defaultSort: ['id', 'desc'], idColumn: 'id' }),
    db
      .selectFrom('message')
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { data, total, unread: Number(unread.n) };
}
