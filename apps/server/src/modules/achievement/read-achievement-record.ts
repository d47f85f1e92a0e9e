import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead, achievementScope } from './achievement.policy';
import { findAchievementRecord, type AchievementRecordRow } from './achievement.repository';

/** One record, if the user may read it: 404 when there is none, 403 outside the user's region. */
export async function readAchievementRecord(
  db: Kysely<DB>,
  auth: AuthContext,
  id: number,
): Promise<AchievementRecordRow> {
  const row = await findAchievementRecord(db, id);
  if (!row) throw notFound('科技成果登记记录');
  assertCanRead(achievementScope(auth), row);
  return row;
}
