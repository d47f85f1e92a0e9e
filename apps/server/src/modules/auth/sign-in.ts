import type { Kysely } from 'kysely';
import type { TCurrentUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { writeAudit, writeAuditAlone, type Actor } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { dummyHash, verifyPassword } from '../../platform/auth/password';
import { countHit, readHits } from '../../platform/http/rate-limit';
import { permissionsOf } from '../../platform/auth/permissions.cache';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { createSession, findSession } from '../../platform/auth/session.store';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { countFailedSignIn, findUserByUsername, recordSignIn } from './auth.repository';
import { readCurrentUser } from './read-current-user';

/**
 * Checks the password, counts failures towards the lockout, and opens a session; answers the session's cookie
 * and CSRF tokens and the user as `/auth/me` shows them.
 * Every attempt, good or bad, leaves one audit row; a failure writes nothing else but the counter.
 */
export async function signIn(
  db: Kysely<DB>,
  opts: { username: string; password: string; ip: string; userAgent: string | null; requestId?: string },
): Promise<{ token: string; csrfToken: string; user: TCurrentUser }> {
  const policy = await getSecurityPolicy(db);
  const actor: Actor = { id: null, name: opts.username.slice(0, 64), ip: opts.ip, requestId: opts.requestId };
  const user = await findUserByUsername(db, opts.username);
  const fail = async (reason: string, error: AppError, userId?: number) => {
    await writeAuditAlone(
      db,
      { ...actor, id: userId ?? null },
      { action: 'auth.login', result: 'failure', objectType: 'user', objectId: userId, details: { reason } },
    );
    throw error;
  };
  const locked = (minutes: number) =>
    new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系安全管理员解锁`);
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
      return fail('用户不存在（已锁定）', locked(Math.max(1, Math.ceil(before.ttl / 60_000))));
    }
    await verifyPassword(await dummyHash(), opts.password);
    const after = await countHit(db, key, windowMs);
    if (after.current >= policy.maxFailedAttempts) return fail('用户不存在', locked(policy.lockoutMinutes));
    return fail('用户不存在', wrong(after.current));
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    return fail('账号已锁定', locked(Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000)), user.id);
  }
  if (!(await verifyPassword(user.password_hash, opts.password))) {
    const counted = await countFailedSignIn(db, user.id, {
      max: policy.maxFailedAttempts,
      lockoutMinutes: policy.lockoutMinutes,
    });
    if (counted.locked) return fail('密码错误，账号锁定', locked(policy.lockoutMinutes), user.id);
    return fail('密码错误', wrong(counted.failedCount), user.id);
  }
  if (user.status !== 'active') {
    return fail('账号已停用', new AppError('ACCOUNT_DISABLED', '账号已停用，请联系系统管理员'), user.id);
  }

  const { token, csrfToken } = await db.transaction().execute(async (trx) => {
    if (!(await recordSignIn(trx, user.id))) throw locked(policy.lockoutMinutes);
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
