import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { listLiveSessions } from './session.repository';
import { adminScope } from './system.policy';

/** The live sessions of the accounts in the security admin's region (the idle timeout is the security policy's). */
export async function listOnlineSessions(db: Kysely<DB>, auth: AuthContext) {
  const policy = await getSecurityPolicy(db);
  return listLiveSessions(db, adminScope(auth), policy.idleTimeoutMinutes);
}
