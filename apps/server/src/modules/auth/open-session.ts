import type { Kysely } from 'kysely';
import type { TCurrentUser } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import { permissionsOf } from '../../platform/auth/permissions.cache';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import { createSession, findSession } from '../../platform/auth/session.store';
import { mustEnrolTotp } from '../../platform/auth/totp-policy';
import type { SecurityPolicy } from '../../platform/params/params.repository';
import { recordSignIn } from './auth.repository';
import { readCurrentUser } from './read-current-user';

export type SignedIn = { token: string; csrfToken: string; user: TCurrentUser };

/**
 * The last step of every sign-in: clears the failure count, opens the session and audits the sign-in in one
 * transaction (`details` say how the user proved who they are); answers the cookie, CSRF token and current user.
 * `inside` runs first in the same transaction (spending a challenge or a code).
 */
export async function openSession(
  db: Kysely<DB>,
  o: {
    user: { id: number; region_code: string };
    actor: Actor;
    policy: SecurityPolicy;
    userAgent: string | null;
    details?: Record<string, unknown>;
    locked: () => AppError;
  },
): Promise<SignedIn> {
  const { token, csrfToken } = await db.transaction().execute(async (trx) => {
    if (!(await recordSignIn(trx, o.user.id))) throw o.locked();
    const session = await createSession(trx, {
      userId: o.user.id,
      ip: o.actor.ip,
      userAgent: o.userAgent,
      maxHours: o.policy.sessionMaxHours,
    });
    await writeAudit(
      trx,
      { ...o.actor, id: o.user.id },
      {
        action: 'auth.login',
        objectType: 'user',
        objectId: o.user.id,
        regionCode: o.user.region_code,
        details: { sessionId: session.id, ...o.details },
      },
    );
    return session;
  });
  const s = await findSession(db, token);
  if (!s) throw new AppError('INTERNAL', '会话创建失败');
  const auth = {
    ...s,
    scopePrefix: regionScopePrefix(s.regionCode),
    permissions: await permissionsOf(db, s.roles),
    mustEnrolTotp: mustEnrolTotp(s, o.policy),
  };
  return { token, csrfToken, user: await readCurrentUser(db, auth) };
}
