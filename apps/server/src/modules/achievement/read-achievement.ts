import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { achievementScope, assertCanRead } from './achievement.policy';
import { findAchievement, type AchievementRow } from './achievement.repository';

/** One registration, if the user may read it: 404 when there is none, 403 for another county or enterprise. */
export async function readAchievement(db: Kysely<DB>, auth: AuthContext, id: number): Promise<AchievementRow> {
  const row = await findAchievement(db, id);
  if (!row) throw notFound('科技成果登记');
  assertCanRead(achievementScope(auth), row);
  return row;
}
