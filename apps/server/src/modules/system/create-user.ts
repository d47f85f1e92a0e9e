import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ZCreateUserRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword } from '../../platform/auth/password';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findRegion } from './region.repository';
import { assertInAdminScope } from './system.policy';
import { assertPasswordAcceptable } from './user-password';
import { findUser, findUserByName, type UserWithRoles } from './user.repository';

/**
 * Opens an account in the administrator's region under a user name not yet taken (in any case), with an initial
 * password the user must change at first sign-in; roles are granted by the security admin.
 */
export async function createUser(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: z.output<typeof ZCreateUserRequest>,
): Promise<UserWithRoles> {
  assertInAdminScope(auth, input.regionCode);
  if (!(await findRegion(db, input.regionCode))) {
    throw new AppError('VALIDATION_FAILED', '所属区划不存在', [{ field: 'regionCode', message: '所属区划不存在' }]);
  }
  await assertPasswordAcceptable(db, input.initialPassword, input.username, 'initialPassword');
  if (await findUserByName(db, input.username)) {
    throw new AppError('CONFLICT', `用户名“${input.username}”已被使用`, [
      { field: 'username', message: '用户名已被使用' },
    ]);
  }
  const hash = await hashPassword(input.initialPassword);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('app_user')
      .values({
        username: input.username,
        display_name: input.displayName,
        phone: input.phone ?? null,
        password_hash: hash,
        enterprise_id: input.enterpriseId ?? null,
        region_code: input.regionCode,
        must_change_password: true,
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'user.create',
      objectType: 'user',
      objectId: row.id,
      regionCode: row.region_code,
      after: row,
    });
    return row.id;
  });
  return (await findUser(db, id))!;
}
