import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { applicationWithFiles } from './application.repository';
import { assertCanReadAssignment } from './project.policy';
import { findAssignment } from './review.repository';

/** A review task with the application it is about and its files, for its expert or staff of its region. */
export async function readAssignment(db: Kysely<DB>, auth: AuthContext, id: number) {
  const assignment = await findAssignment(db, id);
  if (!assignment) throw notFound('评审任务');
  assertCanReadAssignment(auth, assignment);
  return { assignment, ...(await applicationWithFiles(db, assignment.application_id))! };
}
