import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, cooperationScope } from './cooperation.policy';
import { findCooperationRecord, type CooperationRecordRow } from './cooperation.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readCooperationRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<CooperationRecordRow> {
  const row = await findCooperationRecord(db, id);
  if (!row) throw notFound('院地院企合作记录');
  assertCanRead(cooperationScope(auth), row);
  return row;
}
