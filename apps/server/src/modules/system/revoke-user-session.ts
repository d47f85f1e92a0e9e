import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import { revokeSession } from '../../platform/auth/session.store';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findOpenSession } from './session.repository';
import { assertInAdminScope } from './system.policy';

/** 强制下线: revokes a session of an account in the security admin's region. */
export async function revokeUserSession(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: string): Promise<void> {
  const s = await findOpenSession(db, id);
  if (!s) throw notFound('会话');
  assertInAdminScope(auth, s.region_code);
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, s.id, auth.userId);
    await writeAudit(trx, actor, {
      action: 'session.revoke',
      objectType: 'user',
      objectId: s.user_id,
      regionCode: s.region_code,
      details: { sessionId: s.id, username: s.username },
    });
  });
}
