import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findApplication } from './application.repository';
import { fundingOfApplication } from './funding.repository';
import { assertCanReadProjectFunding } from './project.policy';

/** A project's ledger records and totals by kind, for staff, leaders and the applicant (not the experts). */
export async function readApplicationFunding(db: Kysely<DB>, auth: AuthContext, applicationId: number) {
  const a = await findApplication(db, applicationId);
  if (!a) throw notFound('项目');
  await assertCanReadProjectFunding(db, auth, a);
  return fundingOfApplication(db, a.id);
}
