import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertUnitReadable, rdScope } from './rd.policy';
import { findUnit, type RdUnitRow } from './rd-unit.repository';

/**
 * A unit's form row, if the user may read it: staff in its region, or its own enterprise user, who does not see
 * tasks that have not been opened yet (404). 404 when there is none, 403 outside the scope.
 */
export async function readRdUnit(db: Kysely<DB>, auth: AuthContext, id: number): Promise<RdUnitRow> {
  const scope = rdScope(auth);
  const unit = await findUnit(db, id);
  if (!unit || (scope.kind === 'own' && unit.task_status === 'draft')) throw notFound('填报单位');
  assertUnitReadable(scope, unit);
  return unit;
}
