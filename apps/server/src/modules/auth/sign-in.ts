import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Actor } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { dummyHash, verifyPassword } from '../../platform/auth/password';
import { countHit, readHits } from '../../platform/http/rate-limit';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { countFailedSignIn, findUserByUsername } from './auth.repository';
import { openSession, type SignedIn } from './open-session';
import { lockedError, lockMinutesLeft, refuseSignIn } from './sign-in-refusals';
import { createChallenge, findTotp } from './totp/totp.repository';

/** The password was right, and the account's TOTP code comes next (POST /auth/login/totp with the challenge). */
export type SecondFactorNeeded = { secondFactor: 'totp'; challenge: string };

/**
 * Checks the password, counts failures towards the lockout, and opens a session; answers the session's cookie
 * and CSRF tokens and the user as `/auth/me` shows them. An account with two-step verification gets a challenge
 * instead, and its session opens only after the code (signInWithTotp); the failure count is cleared only then.
 * Every refusal and every sign-in leaves one audit row; a failure writes nothing else but the counter.
 */
export async function signIn(
  db: Kysely<DB>,
  opts: { username: string; password: string; ip: string; userAgent: string | null; requestId?: string },
): Promise<SignedIn | SecondFactorNeeded> {
  const policy = await getSecurityPolicy(db);
  const actor: Actor = { id: null, name: opts.username.slice(0, 64), ip: opts.ip, requestId: opts.requestId };
  const user = await findUserByUsername(db, opts.username);
  const fail = (reason: string, error: AppError, userId?: number) => refuseSignIn(db, actor, { reason, error, userId });
  const wrong = (failedCount: number) =>
    new AppError(
      'INVALID_CREDENTIALS',
      `用户名或密码错误，再错 ${policy.maxFailedAttempts - failedCount} 次账号将被锁定`,
    );
  if (!user) {
    // A name that is no account is counted and locked like one, and its check costs one hash like a real one, so
    // neither the answers nor their timing tell which names exist.
    const key = `sign-in-unknown:${opts.username.toLowerCase()}`;
    const windowMs = policy.lockoutMinutes * 60_000;
    const before = await readHits(db, key, windowMs);
    if (before.current >= policy.maxFailedAttempts) {
      return fail('用户不存在（已锁定）', lockedError(Math.max(1, Math.ceil(before.ttl / 60_000))));
    }
    await verifyPassword(await dummyHash(), opts.password);
    const after = await countHit(db, key, windowMs);
    if (after.current >= policy.maxFailedAttempts) return fail('用户不存在', lockedError(policy.lockoutMinutes));
    return fail('用户不存在', wrong(after.current));
  }
  const lockedFor = lockMinutesLeft(user);
  if (lockedFor !== null) return fail('账号已锁定', lockedError(lockedFor), user.id);
  if (!(await verifyPassword(user.password_hash, opts.password))) {
    const counted = await countFailedSignIn(db, user.id, {
      max: policy.maxFailedAttempts,
      lockoutMinutes: policy.lockoutMinutes,
    });
    if (counted.locked) return fail('密码错误，账号锁定', lockedError(policy.lockoutMinutes), user.id);
    return fail('密码错误', wrong(counted.failedCount), user.id);
  }
  if (user.status !== 'active') {
    return fail('账号已停用', new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员'), user.id);
  }
  if ((await findTotp(db, user.id))?.enrolled_at) {
    return { secondFactor: 'totp', challenge: await createChallenge(db, user.id) };
  }
  return openSession(db, {
    user,
    actor,
    policy,
    userAgent: opts.userAgent,
    locked: () => lockedError(policy.lockoutMinutes),
  });
}
