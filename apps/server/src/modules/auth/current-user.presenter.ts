import type { Kysely } from 'kysely';
import { menuOf, type TCurrentUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';

/** The signed-in user as the web sees them, with the menu their permissions allow. */
export async function presentCurrentUser(db: Kysely<DB>, auth: AuthContext): Promise<TCurrentUser> {
  const region = await db.selectFrom('region').select('name').where('code', '=', auth.regionCode).executeTakeFirst();
  return {
    id: auth.userId,
    username: auth.username,
    displayName: auth.displayName,
    roles: auth.roles,
    permissions: [...auth.permissions].sort(),
    regionCode: auth.regionCode,
    regionName: region?.name ?? auth.regionCode,
    scopePrefix: auth.scopePrefix,
    enterpriseId: auth.enterpriseId,
    mustChangePassword: auth.mustChangePassword,
    menu: menuOf(auth.permissions),
  };
}
