import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { changeExpertProfile, insertExpertProfile, type ProfileInput } from './expert-profile-writes';
import { findProfileStamp } from './expert.repository';

/** An expert declares their own employer and conflicts: the first save opens the profile, later ones carry `version`. */
export async function saveOwnExpertProfile(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { version, ...p }: ProfileInput & { version?: number },
): Promise<void> {
  const exists = await findProfileStamp(db, auth.userId);
  if (exists && version === undefined) {
    throw new AppError('VALIDATION_FAILED', '修改专家档案须带 version', [{ field: 'version', message: '缺少版本号' }]);
  }
  await db
    .transaction()
    .execute((trx) =>
      exists
        ? changeExpertProfile(trx, actor, auth.userId, version!, p)
        : insertExpertProfile(trx, actor, auth.userId, auth.regionCode, p),
    );
}
