import type { Kysely } from 'kysely';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { readUser } from './read-user';
import type { UserWithRoles } from './user.repository';

/** An account with its full phone number, for editing; every view leaves an audit row. */
export async function viewUser(db: Kysely<DB>, { auth, actor }: UseCaseContext, id: number): Promise<UserWithRoles> {
  const user = await readUser(db, auth, id);
  await writeAuditAlone(db, actor, {
    action: 'user.view',
    objectType: 'user',
    objectId: user.id,
    regionCode: user.region_code,
  });
  return user;
}
