import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { foreignExpertScope } from './foreign-expert.policy';
import { talentBasesOf } from './talent-base.repository';

/** The 引智基地 of the user's region with their experts and visits (region readers only). */
export async function listTalentBases(db: Kysely<DB>, auth: AuthContext) {
  const scope = foreignExpertScope(auth);
  return scope.kind === 'region' ? talentBasesOf(db, scope.prefix) : [];
}
