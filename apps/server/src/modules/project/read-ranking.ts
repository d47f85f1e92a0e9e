import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { findCall } from './call.repository';
import { computeRanking, type Ranking } from './compute-ranking';
import { assertCanSeeRanking } from './project.policy';

/** A call's ranking for staff and leaders of its region: as confirmed once it is, else computed from the scores now. */
export async function readRanking(db: Kysely<DB>, auth: AuthContext, callId: number): Promise<Ranking> {
  const c = await findCall(db, callId);
  if (!c) throw notFound('项目批次');
  assertCanSeeRanking(auth, c);
  if (c.ranking_confirmed_at && c.ranking_snapshot) return c.ranking_snapshot as Ranking;
  return computeRanking(db, c);
}
