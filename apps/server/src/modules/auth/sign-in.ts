import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { writeAudit, writeAuditAlone, type Actor } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { verifyPassword } from '../../platform/auth/password';
import { createSession } from '../../platform/auth/session.store';
import { getSecurityPolicy } from '../../platform/params/params.repository';

/**
 * Checks the password, counts failures towards the lockout, and opens a session.
 * Every attempt, good or bad, leaves one audit row; a failure writes nothing else but the counter.
 */
export async function signIn(
  db: Kysely<DB>,
  opts: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; userId: number }> {
  const policy = await getSecurityPolicy(db);
  const actor: Actor = { id: null, name: opts.username.slice(0, 64), ip: opts.ip };
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', opts.username.toLowerCase()))
    .executeTakeFirst();
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
    await db
      .updateTable('app_user')
      .set({
        failed_count: lock ? 0 : failed,
        locked_until: lock ? new Date(Date.now() + policy.lockoutMinutes * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
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

  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_count: 0, locked_until: null, last_login_at: new Date() })
      .where('id', '=', user.id)
      .execute();
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
    return { token: session.token, csrfToken: session.csrfToken, userId: user.id };
  });
}
