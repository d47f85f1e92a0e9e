import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertInAdminScope } from './system.policy';
import { findUser, type UserWithRoles } from './user.repository';

/** An account in the administrator's region, with its roles: 404 when there is none, 403 outside the region. */
export async function readUser(db: Kysely<DB>, auth: AuthContext, id: number): Promise<UserWithRoles> {
  const user = await findUser(db, id);
  if (!user) throw notFound('用户');
  assertInAdminScope(auth, user.region_code);
  return user;
}
