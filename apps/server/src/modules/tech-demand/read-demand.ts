import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import type { RowScope } from '../../platform/auth/row-scope';
import { assertCanReadDemand } from './tech-demand.policy';
import { expertIdsOf, findDemand, type DemandRow } from './tech-demand.repository';

/** One demand if the user may read it: 404 when there is none, 403 outside the user's scope. */
export async function readDemand(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<{ row: DemandRow; scope: RowScope }> {
  const row = await findDemand(db, id);
  if (!row) throw notFound('技术需求');
  const scope = assertCanReadDemand(auth, { ...row, expertIds: await expertIdsOf(db, id) });
  return { row, scope };
}
