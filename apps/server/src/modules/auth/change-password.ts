import type { Kysely } from 'kysely';
import { checkPasswordStrength } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { revokeUserSessions } from '../../platform/auth/session.store';
import { countHit, readHits } from '../../platform/http/rate-limit';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { findUser, savePassword } from './auth.repository';

const WRONG_OLD_PASSWORD = '原密码不正确';

/** The refusal of a wrong old password (counted towards the address's failures). */
export function isWrongOldPassword(e: AppError): boolean {
  return e.code === 'VALIDATION_FAILED' && e.message === WRONG_OLD_PASSWORD;
}

/**
 * Changes the user's own password: the old one must be right, the new one different and as strong as the
 * security policy asks (each problem named). Stored with its audit row; the password itself never enters it.
 */
export async function changePassword(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  const policy = await getSecurityPolicy(db);
  const guesses = { key: `password-change:${auth.userId}`, windowMs: policy.failureWindowMinutes * 60_000 };
  const before = await readHits(db, guesses.key, guesses.windowMs);
  if (before.current >= policy.passwordChangeFailures) {
    const minutes = Math.max(1, Math.ceil(before.ttl / 60_000));
    throw new AppError('RATE_LIMITED', `原密码错误次数过多，请 ${minutes} 分钟后再试`);
  }
  const user = await findUser(db, auth.userId);
  if (!(await verifyPassword(user.password_hash, input.oldPassword))) {
    await countHit(db, guesses.key, guesses.windowMs);
    throw new AppError('VALIDATION_FAILED', WRONG_OLD_PASSWORD, [
      { field: 'oldPassword', message: WRONG_OLD_PASSWORD },
    ]);
  }
  if (input.oldPassword === input.newPassword) {
    throw new AppError('VALIDATION_FAILED', '新密码不能与原密码相同', [
      { field: 'newPassword', message: '新密码不能与原密码相同' },
    ]);
  }
  const problems = checkPasswordStrength(input.newPassword, user.username, policy.password);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.join('；'),
      problems.map((message) => ({ field: 'newPassword', message })),
    );
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await savePassword(trx, auth.userId, hash);
    // Whoever else holds a session of this account (a stolen one) is out; this one stays.
    await revokeUserSessions(trx, auth.userId, { by: auth.userId, except: auth.sessionId });
    await writeAudit(trx, actor, {
      action: 'auth.change-password',
      objectType: 'user',
      objectId: auth.userId,
      regionCode: auth.regionCode,
    });
  });
}
