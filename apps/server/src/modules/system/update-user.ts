import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZUpdateUserRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';
import { assertInAdminScope } from './system.policy';
import { findUser, type UserWithRoles } from './user.repository';

/**
 * Changes an account's name, phone or region (inside the administrator's), or disables or enables it
 * (optimistic locking). Disabling ends its sessions; nobody disables their own account.
 */
export async function updateUser(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { id: number } & z.output<typeof ZUpdateUserRequest>,
): Promise<UserWithRoles> {
  const { id, version, displayName, phone, regionCode, status } = input;
  await readUser(db, auth, id);
  if (regionCode) assertInAdminScope(auth, regionCode);
  if (status === 'disabled' && id === auth.userId) throw new AppError('CONFLICT', '不能停用自己的账号');
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned(trx, {
      table: 'app_user',
      key: 'id',
      id,
      version,
      set: { display_name: displayName, phone, region_code: regionCode, status },
      what: '用户',
      userId: auth.userId,
    });
    if (status === 'disabled') {
      await trx
        .updateTable('user_session')
        .set({ revoked_at: new Date(), revoked_by: auth.userId })
        .where('user_id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    }
    await writeAudit(trx, actor, {
      action: 'user.update',
      objectType: 'user',
      objectId: id,
      regionCode: String(after.region_code),
      before,
      after,
    });
  });
  return (await findUser(db, id))!;
}
