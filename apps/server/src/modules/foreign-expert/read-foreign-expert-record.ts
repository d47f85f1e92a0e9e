import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, foreignExpertScope } from './foreign-expert.policy';
import { findForeignExpertRecord, type ForeignExpertRecordRow } from './foreign-expert.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readForeignExpertRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<ForeignExpertRecordRow> {
  const row = await findForeignExpertRecord(db, id);
  if (!row) throw notFound('外国专家记录');
  assertCanRead(foreignExpertScope(auth), row);
  return row;
}
