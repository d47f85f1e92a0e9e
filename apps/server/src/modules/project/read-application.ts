import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findApplication, type ApplicationRow } from './application.repository';
import { applicationScope, assertCanReadApplication } from './project.policy';

/** One application with its call and applicant, if the user may read it: 404 when there is none, 403 outside scope. */
export async function readApplication(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ApplicationRow> {
  const a = await findApplication(db, id);
  if (!a) throw notFound('申报书');
  await assertCanReadApplication(db, applicationScope(auth), a);
  return a;
}
