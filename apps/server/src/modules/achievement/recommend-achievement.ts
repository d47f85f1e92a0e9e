import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { moveAchievement, type MoveRequest } from './move-achievement';

/** 审核推荐: the county review passes the registration on (the county is its 推荐单位, docs/rules.md §5.3). */
export async function recommendAchievement(db: Kysely<DB>, ctx: UseCaseContext, req: MoveRequest) {
  return moveAchievement(db, ctx, 'recommend', req);
}
