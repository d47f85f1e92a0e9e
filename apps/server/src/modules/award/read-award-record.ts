import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, awardScope } from './award.policy';
import { findAwardRecord, type AwardRecordRow } from './award.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readAwardRecord(db: Kysely<DB>, auth: AuthContext, id: number): Promise<AwardRecordRow> {
  const row = await findAwardRecord(db, id);
  if (!row) throw notFound('奖励与赛事记录');
  assertCanRead(awardScope(auth), row);
  return row;
}
