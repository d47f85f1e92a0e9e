import type { Kysely } from 'kysely';
import { announceInvalidation, onCacheInvalidated } from '../cache/cache-broadcast';
import type { DB } from '../db/schema';

/**
 * Resolved sessions kept in-process for a few seconds, keyed by token hash, so a burst of reads does not look the
 * session up on every request (bench/FINDINGS.md F3.1). Every revocation (sign-out, forced sign-out, timeout) and
 * every route flagged `changesSessions` (account create/update/disable, roles, password) empties it, and the
 * generation counter stops a lookup that started before such a change from storing what it read. Other instances
 * hear of each emptying through the cache broadcast (platform/cache/cache-broadcast.ts).
 */
/** A resolved session: the user, their region, enterprise and roles, and the session's timestamps. */
export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: number;
  username: string;
  displayName: string;
  regionCode: string;
  enterpriseId: number | null;
  mustChangePassword: boolean;
  totpEnrolled: boolean;
  status: 'active' | 'disabled';
  lastSeenAt: Date;
  expiresAt: Date;
  roles: string[];
}

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const entries = new Map<string, { at: number; session: SessionUser }>();
let generation = 0;

export function cachedSession(tokenHash: string): SessionUser | null {
  const hit = entries.get(tokenHash);
  if (!hit) return null;
  if (Date.now() - hit.at > TTL_MS) {
    entries.delete(tokenHash);
    return null;
  }
  return hit.session;
}

/** The generation to pass to rememberSession: take it before reading the session from the database. */
export function sessionCacheGeneration(): number {
  return generation;
}

export function rememberSession(tokenHash: string, session: SessionUser, readAtGeneration: number): void {
  if (readAtGeneration !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(tokenHash, { at: Date.now(), session });
}

function dropSessions(): void {
  generation++;
  entries.clear();
}
onCacheInvalidated('session', dropSessions);

/**
 * Empties the cache; called after routes flagged changesSessions and wherever a session is revoked. Given `db`, it
 * also tells the other instances (from a transaction: when it commits).
 */
export function invalidateSessionCache(db?: Kysely<DB>): Promise<void> {
  dropSessions();
  return db ? announceInvalidation(db, 'session') : Promise.resolve();
}
