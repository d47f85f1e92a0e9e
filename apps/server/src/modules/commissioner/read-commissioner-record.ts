import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, commissionerScope } from './commissioner.policy';
import { findCommissionerRecord, type CommissionerRecordRow } from './commissioner.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readCommissionerRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<CommissionerRecordRow> {
  const row = await findCommissionerRecord(db, id);
  if (!row) throw notFound('科技特派员记录');
  assertCanRead(commissionerScope(auth), row);
  return row;
}
