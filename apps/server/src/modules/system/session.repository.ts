import { sql, type Kysely } from 'kysely';
import { scopeFilter, type RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';

/** The live sessions (not expired, not revoked, seen within the idle timeout) of a scope's users, latest first. */
export async function listLiveSessions(db: Kysely<DB>, scope: RowScope, idleTimeoutMinutes: number) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      'u.username',
      'u.display_name',
      's.ip',
      's.user_agent',
      's.created_at',
      's.last_seen_at',
    ])
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', new Date())
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleTimeoutMinutes})`)
    .where(scopeFilter(scope, { region: 'u.region_code' }))
    .orderBy('s.last_seen_at', 'desc')
    .execute();
}

export type LiveSessionRow = Awaited<ReturnType<typeof listLiveSessions>>[number];

/** A session not revoked yet, with its user's name and region. */
export async function findOpenSession(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 'u.username', 'u.region_code'])
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirst();
}
