import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { listEnterpriseEvents } from './enterprise.repository';
import { readEnterprise } from './read-enterprise';

/** The timeline of an enterprise the user may read (what every module recorded about it), newest first. */
export async function readTimeline(db: Kysely<DB>, auth: AuthContext, id: number) {
  await readEnterprise(db, auth, id);
  return listEnterpriseEvents(db, id);
}
