import type { Kysely } from 'kysely';
import type { TTotpStatus } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { getSecurityPolicy } from '../../../platform/params/params.repository';
import { mustEnrolTotp } from '../../../platform/auth/totp-policy';
import { countRecoveryCodesLeft, findTotp } from './totp.repository';

/** One's own two-step verification: whether it is on, since when, recovery codes left, and whether it is required. */
export async function readTotpStatus(db: Kysely<DB>, { auth }: UseCaseContext): Promise<TTotpStatus> {
  const totp = await findTotp(db, auth.userId);
  const policy = await getSecurityPolicy(db);
  const enrolled = !!totp?.enrolled_at;
  return {
    enrolled,
    enrolledAt: totp?.enrolled_at ? totp.enrolled_at.toISOString() : null,
    recoveryCodesLeft: enrolled ? await countRecoveryCodesLeft(db, auth.userId) : 0,
    // Required for an administrator under the policy: mustEnrolTotp as if not enrolled.
    required: mustEnrolTotp({ roles: auth.roles, totpEnrolled: false }, policy),
  };
}
