import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { NO_PROFILE } from './conflict-of-interest';
import { findActiveExperts } from './expert.repository';

/**
 * The experts an assignment names, each an active expert of the library with a profile (employer and declared
 * conflicts, which the conflict-of-interest rule needs): one refusal for every module that assigns experts
 * (project review, platform evaluation, 揭榜挂帅 论证), naming the field.
 */
export async function assignableExperts(db: Kysely<DB>, expertIds: readonly number[]) {
  const experts = await findActiveExperts(db, { ids: [...expertIds] });
  const missing = expertIds.filter((id) => !experts.some((x) => x.id === id));
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', `用户 ${missing.join('、')} 不是在岗的评审专家`, [
      { field: 'expertIds', message: '请从专家库中选择' },
    ]);
  }
  const noProfile = experts.filter((x) => x.profile_id === null);
  if (noProfile.length) {
    throw new AppError('VALIDATION_FAILED', `专家“${noProfile.map((x) => x.display_name).join('、')}”${NO_PROFILE}`, [
      { field: 'expertIds', message: NO_PROFILE },
    ]);
  }
  return experts;
}
