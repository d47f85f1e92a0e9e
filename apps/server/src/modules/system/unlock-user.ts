import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';

/** Unlocks an account of the security admin's region locked by failed sign-ins. */
export async function unlockUser(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number): Promise<void> {
  const user = await readUser(db, auth, id);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ failed_count: 0, locked_until: null }).where('id', '=', user.id).execute();
    await writeAudit(trx, actor, {
      action: 'user.unlock',
      objectType: 'user',
      objectId: user.id,
      regionCode: user.region_code,
      before: { locked_until: user.locked_until },
    });
  });
}
