import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findJob, type JobRow } from './job.repository';
import { assertCanReadJob } from './system.policy';

/** A job the user may read (their own; the system admin any): 404 when there is none. */
export async function readJob(db: Kysely<DB>, auth: AuthContext, id: number): Promise<JobRow> {
  const job = await findJob(db, id);
  if (!job) throw notFound('任务');
  assertCanReadJob(auth, job);
  return job;
}
