import { writeAuditAlone, type Actor } from '../../platform/audit/audit.writer';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';

/** The lockout refusal, naming how long it lasts. */
export const lockedError = (minutes: number) =>
  new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系安全管理员解锁`);

/** Minutes left of an account's lock, or null when it is not locked. */
export function lockMinutesLeft(user: { locked_until: Date | null }): number | null {
  if (!user.locked_until || user.locked_until.getTime() <= Date.now()) return null;
  return Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
}

/** Audits a refused sign-in (with its reason) on its own and throws the refusal. */
export async function refuseSignIn(
  db: Kysely<DB>,
  actor: Actor,
  o: { reason: string; error: AppError; userId?: number; details?: Record<string, unknown> },
): Promise<never> {
  await writeAuditAlone(
    db,
    { ...actor, id: o.userId ?? null },
    {
      action: 'auth.login',
      result: 'failure',
      objectType: 'user',
      objectId: o.userId,
      details: { reason: o.reason, ...o.details },
    },
  );
  throw o.error;
}
