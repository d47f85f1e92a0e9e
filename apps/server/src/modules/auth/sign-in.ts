import type { Kysely } from 'kysely';
import type { TCurrentUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { writeAudit, writeAuditAlone, type Actor } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { verifyPassword } from '../../platform/auth/password';
import { permissionsOf } from '../../platform/auth/permissions.cache';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { createSession, findSession } from '../../platform/auth/session.store';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { findUserByUsername, recordFailedSignIn, recordSignIn } from './auth.repository';
import { readCurrentUser } from './read-current-user';

/**
 * Checks the password, counts failures towards the lockout, and opens a session; answers the session's cookie
 * and CSRF tokens and the user as `/auth/me` shows them.
 * Every attempt, good or bad, leaves one audit row; a failure writes nothing else but the counter.
 */
export async function signIn(
  db: Kysely<DB>,
  opts: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; user: TCurrentUser }> {
  const policy = await getSecurityPolicy(db);
  const actor: Actor = { id: null, name: opts.username.slice(0, 64), ip: opts.ip };
  const user = await findUserByUsername(db, opts.username);
  const fail = async (reason: string, error: AppError, userId?: number) => {
    await writeAuditAlone(
      db,
      { ...actor, id: userId ?? null },
      { action: 'auth.login', result: 'failure', objectType: 'user', objectId: userId, details: { reason } },
    );
    throw error;
  };
  if (!user) {
    // Same message as a wrong password, so the form does not reveal which usernames exist.
    return fail('用户不存在', new AppError('INVALID_CREDENTIALS', '用户名或密码错误'));
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    const minutes = Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
    return fail(
      '账号已锁定',
      new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系安全管理员解锁`),
      user.id,
    );
  }
  if (!(await verifyPassword(user.password_hash, opts.password))) {
    const failed = user.failed_count + 1;
    const lock = failed >= policy.maxFailedAttempts;
    await recordFailedSignIn(db, user.id, {
      failedCount: lock ? 0 : failed,
      lockedUntil: lock ? new Date(Date.now() + policy.lockoutMinutes * 60_000) : null,
    });
    if (lock) {
      return fail(
        '密码错误，账号锁定',
        new AppError(
          'ACCOUNT_LOCKED',
          `连续 ${policy.maxFailedAttempts} 次密码错误，账号已锁定 ${policy.lockoutMinutes} 分钟`,
        ),
        user.id,
      );
    }
    const left = policy.maxFailedAttempts - failed;
    return fail(
      '密码错误',
      new AppError('INVALID_CREDENTIALS', `用户名或密码错误，再错 ${left} 次账号将被锁定`),
      user.id,
    );
  }
  if (user.status !== 'active') {
    return fail('账号已停用', new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员'), user.id);
  }

  const { token, csrfToken } = await db.transaction().execute(async (trx) => {
    await recordSignIn(trx, user.id);
    const session = await createSession(trx, {
      userId: user.id,
      ip: opts.ip,
      userAgent: opts.userAgent,
      maxHours: policy.sessionMaxHours,
    });
    await writeAudit(
      trx,
      { ...actor, id: user.id },
      {
        action: 'auth.login',
        objectType: 'user',
        objectId: user.id,
        regionCode: user.region_code,
        details: { sessionId: session.id },
      },
    );
    return session;
  });
  const s = await findSession(db, token);
  if (!s) throw new AppError('INTERNAL', '会话创建失败');
  const auth = { ...s, scopePrefix: regionScopePrefix(s.regionCode), permissions: await permissionsOf(db, s.roles) };
  return { token, csrfToken, user: await readCurrentUser(db, auth) };
}
