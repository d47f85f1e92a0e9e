import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { changeExpertProfile, type ProfileInput } from './expert-profile-writes';
import { findProfileStamp } from './expert.repository';
import { assertCanKeepExpert } from './project.policy';

/** Staff change the profile of an expert of their region under optimistic locking. */
export async function updateExpertProfile(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { userId, version, ...p }: Partial<ProfileInput> & { userId: number; version: number },
): Promise<void> {
  const cur = await findProfileStamp(db, userId);
  if (!cur) throw notFound('专家档案');
  assertCanKeepExpert(auth, cur);
  await db.transaction().execute((trx) => changeExpertProfile(trx, actor, userId, version, p));
}
