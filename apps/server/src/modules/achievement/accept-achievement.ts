import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { moveAchievement, type MoveRequest } from './move-achievement';

/** 受理审核: staff of the county take a submitted registration into the county review. */
export async function acceptAchievement(db: Kysely<DB>, ctx: UseCaseContext, req: MoveRequest) {
  return moveAchievement(db, ctx, 'accept', req);
}
