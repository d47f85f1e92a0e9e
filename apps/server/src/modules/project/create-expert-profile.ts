import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { insertExpertProfile, type ProfileInput } from './expert-profile-writes';
import { findExpertAccount, findProfileStamp } from './expert.repository';
import { assertCanKeepExpert } from './project.policy';

/** Staff open the profile of an expert account of their region (one profile per account). */
export async function createExpertProfile(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { userId, ...p }: ProfileInput & { userId: number },
): Promise<void> {
  const user = await findExpertAccount(db, userId);
  if (!user) {
    throw new AppError('VALIDATION_FAILED', `用户 ${userId} 不是评审专家账号`, [
      { field: 'userId', message: '请选择评审专家账号' },
    ]);
  }
  assertCanKeepExpert(auth, user);
  if (await findProfileStamp(db, userId)) throw new AppError('CONFLICT', '该专家已有档案，请直接修改');
  await db.transaction().execute((trx) => insertExpertProfile(trx, actor, userId, user.region_code, p));
}
