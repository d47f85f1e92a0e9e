import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { findCall, type CallRow } from './call.repository';
import { assertCanSeeCall } from './project.policy';

/** One call if the user may see it: 403 to staff for another region's, 404 when there is none or it is hidden. */
export async function readCall(db: Kysely<DB>, auth: AuthContext, id: number): Promise<CallRow> {
  const c = await findCall(db, id);
  assertCanSeeCall(auth, c);
  return c;
}
