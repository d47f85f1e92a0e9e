import type { Kysely } from 'kysely';
import type { TTotpLoginRequest } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { writeAuditAlone, type Actor } from '../../../platform/audit/audit.writer';
import { AppError } from '../../../platform/errors';
import { getSecurityPolicy } from '../../../platform/params/params.repository';
import { countFailedSignIn, findUser } from '../auth.repository';
import { openSession, type SignedIn } from '../open-session';
import { lockedError, lockMinutesLeft, refuseSignIn } from '../sign-in-refusals';
import { totpStepOf } from './totp-code';
import {
  acceptStep,
  countRecoveryCodesLeft,
  deleteChallenge,
  findChallengeUser,
  findTotp,
  openTotpSecret,
  spendRecoveryCode,
} from './totp.repository';

/**
 * The second step of a sign-in: the challenge the right password answered, and a 6-digit TOTP code or a one-time
 * recovery code. A wrong, old or replayed code counts towards the same lockout as a wrong password and is audited
 * with its reason; a recovery code that works is spent and its sign-in flagged in the audit trail.
 */
export async function signInWithTotp(
  db: Kysely<DB>,
  input: TTotpLoginRequest & { ip: string; userAgent: string | null },
): Promise<SignedIn> {
  const policy = await getSecurityPolicy(db);
  const userId = await findChallengeUser(db, input.challenge);
  if (userId === null) {
    throw new AppError('VALIDATION_FAILED', '登录验证已过期（超过 5 分钟）或无效，请重新输入用户名和密码', {
      restart: true,
    });
  }
  const user = await findUser(db, userId);
  const totp = await findTotp(db, userId);
  const actor: Actor = { id: user.id, name: user.username, ip: input.ip };
  const fail = (reason: string, error: AppError) => refuseSignIn(db, actor, { reason, error, userId: user.id });
  const lockedFor = lockMinutesLeft(user);
  if (lockedFor !== null) return fail('账号已锁定', lockedError(lockedFor));
  if (user.status !== 'active') {
    return fail('账号已停用', new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员'));
  }
  if (!totp?.enrolled_at) {
    throw new AppError('VALIDATION_FAILED', '该账号的两步验证已被重置，请重新输入用户名和密码登录', { restart: true });
  }

  const wrongCode = async (reason: string, what: string) => {
    const counted = await countFailedSignIn(db, user.id, {
      max: policy.maxFailedAttempts,
      lockoutMinutes: policy.lockoutMinutes,
    });
    if (counted.locked) return fail(`${reason}，账号锁定`, lockedError(policy.lockoutMinutes));
    const left = policy.maxFailedAttempts - counted.failedCount;
    return fail(reason, new AppError('TOTP_INVALID', `${what}，再错 ${left} 次账号将被锁定`));
  };

  let details: Record<string, unknown>;
  if (input.recoveryCode !== undefined) {
    if (!(await spendRecoveryCode(db, user.id, input.recoveryCode))) {
      return wrongCode('恢复码错误或已使用', '恢复码错误或已使用过（每个恢复码只能使用一次）');
    }
    const left = await countRecoveryCodesLeft(db, user.id);
    details = { secondFactor: 'recovery-code', flagged: true, recoveryCodesLeft: left };
  } else {
    const step = totpStepOf(openTotpSecret(totp), input.code ?? '');
    if (step === null) return wrongCode('动态验证码错误', '动态验证码错误，请核对验证器中“科创平台”的当前验证码');
    if (!(await acceptStep(db, user.id, step))) {
      return wrongCode('动态验证码重复使用', '该动态验证码已使用过，请等待验证器显示新的验证码后再输入');
    }
    details = { secondFactor: 'totp' };
  }
  const signedIn = await openSession(db, {
    user,
    actor,
    policy,
    userAgent: input.userAgent,
    details,
    locked: () => lockedError(policy.lockoutMinutes),
  });
  await deleteChallenge(db, input.challenge);
  if (details.flagged) {
    // Its own row, so the auditor sees a recovery code spent among the actions, not only inside a sign-in.
    await writeAuditAlone(db, actor, {
      action: 'auth.totp.recovery-code',
      objectType: 'user',
      objectId: user.id,
      regionCode: user.region_code,
      details,
    });
  }
  return signedIn;
}
