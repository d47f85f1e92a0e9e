import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { notFound } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import { assertCanReadAssessment } from './assessment.policy';
import { entriesOf, findAssessment, findScheme } from './assessment.repository';

/** An assessment with its scheme and entries, if the user may read it (404 / 403). */
export async function readAssessment(db: Kysely<DB>, auth: AuthContext, id: number) {
  const assessment = await findAssessment(db, id);
  if (!assessment) throw notFound('年度考核');
  assertCanReadAssessment(auth, assessment);
  const [scheme, entries] = await Promise.all([findScheme(db, assessment.scheme_id), entriesOf(db, id)]);
  return { assessment, scheme, entries };
}
