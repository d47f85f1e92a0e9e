import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { moveAchievement, type MoveRequest } from './move-achievement';

/** 撤销登记: staff revoke a registration with the reason; its 登记号 stays with it, never reused. */
export async function revokeAchievement(db: Kysely<DB>, ctx: UseCaseContext, req: MoveRequest) {
  return moveAchievement(db, ctx, 'revoke', req);
}
