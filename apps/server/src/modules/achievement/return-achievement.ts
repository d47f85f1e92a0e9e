import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { moveAchievement, type MoveRequest } from './move-achievement';

/** 退回修改: the county review sends the registration back to the unit, with the reason it must correct. */
export async function returnAchievement(db: Kysely<DB>, ctx: UseCaseContext, req: MoveRequest) {
  return moveAchievement(db, ctx, 'return', req);
}
