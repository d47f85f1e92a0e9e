import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { invalidateSessionCache, type SessionUser } from './session.cache';

export const SESSION_COOKIE = 'kc_sid';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type { SessionUser } from './session.cache';

/** Creates a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Kysely<DB>,
  opts: { userId: number; ip: string | null; userAgent: string | null; maxHours: number },
): Promise<{ token: string; csrfToken: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const id = randomUUID();
  await db
    .insertInto('user_session')
    .values({
      id,
      token_hash: sha256(token),
      user_id: opts.userId,
      csrf_token: csrfToken,
      ip: opts.ip,
      user_agent: opts.userAgent?.slice(0, 300) ?? null,
      expires_at: new Date(Date.now() + opts.maxHours * 3_600_000),
    })
    .execute();
  return { token, csrfToken, id };
}

/** Finds a live (not revoked) session by its cookie token, with its user and roles. */
export async function findSession(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      's.expires_at as expiresAt',
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'u.region_code as regionCode',
      'u.enterprise_id as enterpriseId',
      'u.must_change_password as mustChangePassword',
      'u.status',
      sql<boolean>`exists (select 1 from user_totp t where t.user_id = u.id and t.enrolled_at is not null)`.as(
        'totpEnrolled',
      ),
      sql<
        string[]
      >`coalesce((select array_agg(ur.role_code order by ur.role_code) from user_role ur where ur.user_id = u.id), '{}')`.as(
        'roles',
      ),
    ])
    .where('s.token_hash', '=', sha256(token))
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
  return (row as SessionUser | undefined) ?? null;
}

/** Marks the session as used now. */
export async function touchSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: new Date() }).where('id', '=', sessionId).execute();
}

/** Ends a session (sign-out, timeout or an admin's revocation). */
export async function revokeSession(db: Kysely<DB>, sessionId: string, by: number | null): Promise<number> {
  await invalidateSessionCache();
  const res = await db
    .updateTable('user_session')
    .set({ revoked_at: new Date(), revoked_by: by })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  // Again, now the row says revoked: a lookup between the two must not keep it; and on every instance.
  await invalidateSessionCache(db);
  return Number(res.numUpdatedRows);
}

/** Ends every session of a user but `except` (a password change keeps the changer's own; a reset ends all). */
export async function revokeUserSessions(
  db: Kysely<DB>,
  userId: number,
  o: { by: number | null; except?: string },
): Promise<number> {
  await invalidateSessionCache();
  let q = db
    .updateTable('user_session')
    .set({ revoked_at: new Date(), revoked_by: o.by })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (o.except) q = q.where('id', '!=', o.except);
  const res = await q.executeTakeFirst();
  await invalidateSessionCache(db);
  return Number(res.numUpdatedRows);
}
