import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import { revokeSession } from '../../platform/auth/session.store';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';

/** Ends the user's current session, with its audit row. */
export async function signOut(db: Kysely<DB>, { auth, actor }: UseCaseContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, auth.sessionId, auth.userId);
    await writeAudit(trx, actor, {
      action: 'auth.logout',
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
    });
  });
}
