import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { readEntry, readNomination } from './read-award-rows';

/** The moves of a nomination or an entry the user may read, oldest first. */
export async function readAwardHistory(db: Kysely<DB>, auth: AuthContext, subject: 'nomination' | 'entry', id: number) {
  await (subject === 'nomination' ? readNomination(db, auth, id) : readEntry(db, auth, id));
  return db
    .selectFrom('award_history')
    .selectAll()
    .where('subject', '=', subject)
    .where('subject_id', '=', id)
    .orderBy('id')
    .execute();
}
