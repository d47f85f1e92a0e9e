import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { transitionsOf } from './application.repository';
import { readApplication } from './read-application';

/** The recorded moves of an application the user may read, oldest first. */
export async function readApplicationHistory(db: Kysely<DB>, auth: AuthContext, id: number) {
  return transitionsOf(db, (await readApplication(db, auth, id)).id);
}
