import type { Kysely } from 'kysely';
import { checkRoleSeparation, type RoleCode } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';
import { findUser, type UserWithRoles } from './user.repository';

/**
 * Grants an account of the security admin's region its roles (replacing the old ones): the administrator roles
 * exclude each other and every business role (三员分立), an enterprise user needs its enterprise first, and
 * nobody changes their own roles.
 */
export async function grantUserRoles(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { id: number; version: number; roles: RoleCode[] },
): Promise<UserWithRoles> {
  const user = await readUser(db, auth, input.id);
  const roles = [...new Set(input.roles)];
  const separation = checkRoleSeparation(roles);
  if (separation) throw new AppError('VALIDATION_FAILED', separation, [{ field: 'roles', message: separation }]);
  if (roles.includes('enterprise') && !user.enterprise_id) {
    throw new AppError('VALIDATION_FAILED', '企业用户须先关联所属企业', [
      { field: 'roles', message: '企业用户须先关联所属企业' },
    ]);
  }
  if (user.id === auth.userId) throw new AppError('CONFLICT', '不能修改自己的角色');
  await db.transaction().execute(async (trx) => {
    // Bumping the version makes a concurrent grant on the same user fail with 409.
    await updateVersioned(trx, {
      table: 'app_user',
      key: 'id',
      id: user.id,
      version: input.version,
      set: {},
      what: '用户',
      userId: auth.userId,
    });
    await trx.deleteFrom('user_role').where('user_id', '=', user.id).execute();
    if (roles.length) {
      await trx
        .insertInto('user_role')
        .values(roles.map((role_code) => ({ user_id: user.id, role_code })))
        .execute();
    }
    await writeAudit(trx, actor, {
      action: 'user.grant-roles',
      objectType: 'user',
      objectId: user.id,
      regionCode: user.region_code,
      before: { roles: user.roles },
      after: { roles },
    });
  });
  return (await findUser(db, user.id))!;
}
