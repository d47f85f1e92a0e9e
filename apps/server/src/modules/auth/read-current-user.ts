import type { Kysely } from 'kysely';
import type { TCurrentUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { findRegionName } from './auth.repository';
import { presentCurrentUser } from './current-user.presenter';

/** The signed-in user with their region's name and menu. */
export async function readCurrentUser(db: Kysely<DB>, auth: AuthContext): Promise<TCurrentUser> {
  return presentCurrentUser(auth, await findRegionName(db, auth.regionCode));
}
