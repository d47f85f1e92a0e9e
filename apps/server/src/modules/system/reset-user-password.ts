import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword } from '../../platform/auth/password';
import { revokeUserSessions } from '../../platform/auth/session.store';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';
import { assertDirectResetAllowed } from './system.policy';
import { assertPasswordAcceptable } from './user-password';

/**
 * Sets a new password on an ordinary account of the administrator's region, to be changed at next sign-in; unlocks
 * it. An administrator's account is refused: its reset needs a second administrator (`request-admin-reset.ts`).
 */
export async function resetUserPassword(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { id: number; version: number; newPassword: string },
): Promise<void> {
  const user = await readUser(db, auth, input.id);
  assertDirectResetAllowed(user);
  await assertPasswordAcceptable(db, input.newPassword, user.username, 'newPassword');
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, {
      table: 'app_user',
      key: 'id',
      id: user.id,
      version: input.version,
      set: { password_hash: hash, must_change_password: true, failed_count: 0, locked_until: null },
      what: '用户',
      userId: auth.userId,
    });
    // The account's sessions end with the old password: one opened before the reset never works again.
    await revokeUserSessions(trx, user.id, { by: auth.userId });
    await writeAudit(trx, actor, {
      action: 'user.reset-password',
      objectType: 'user',
      objectId: user.id,
      regionCode: user.region_code,
    });
  });
}
