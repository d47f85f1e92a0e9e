import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';

/** Marks the user's own unread messages as read: those named, or all of them. */
export async function markMessagesRead(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { ids?: number[] },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('message')
      .set({ read_at: new Date() })
      .where('user_id', '=', auth.userId)
      .where('read_at', 'is', null)
      .$if(!!input.ids?.length, (qb) => qb.where('id', 'in', input.ids!))
      .executeTakeFirst();
    await writeAudit(trx, actor, {
      action: 'message.read',
      objectType: 'message',
      details: { ids: input.ids ?? 'all', count: Number(res.numUpdatedRows) },
    });
  });
}
