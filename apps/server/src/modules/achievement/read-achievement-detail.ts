import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { filesOfAchievement } from './achievement-attachments';
import { historyOfAchievement } from './achievement.repository';
import { readAchievement } from './read-achievement';

/** One registration the user may read, with its evidence files and its history. */
export async function readAchievementDetail(db: Kysely<DB>, auth: AuthContext, id: number) {
  const row = await readAchievement(db, auth, id);
  const [files, history] = await Promise.all([filesOfAchievement(db, id), historyOfAchievement(db, id)]);
  return { row, files, history };
}
