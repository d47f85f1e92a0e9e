import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, enterpriseScope } from './enterprise.policy';
import { findEnterprise, type EnterpriseRow } from './enterprise.repository';

/** One enterprise with its names and tiers, if the user may read it: 404 when there is none, 403 outside scope. */
export async function readEnterprise(db: Kysely<DB>, auth: AuthContext, id: number): Promise<EnterpriseRow> {
  const row = await findEnterprise(db, id);
  if (!row) throw notFound('企业');
  assertCanRead(enterpriseScope(auth), row);
  return row;
}
