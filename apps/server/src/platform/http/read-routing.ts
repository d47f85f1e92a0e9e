import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { App } from './types';

/** The cookie that tells the replica router the newest write this browser made (its WAL position on the primary). */
export const SEEN_COOKIE = 'kc_seen';
/** How long a write keeps its writer's heavy reads waiting for the replica; past it the replica has long caught up. */
const SEEN_MAX_AGE_S = 300;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Read-your-writes with a replica: after a change a user made, the primary's WAL position goes back in a cookie, and
 * that user's heavy reads (readerFor) go to the primary until the replica has replayed it. The cookie only steers
 * its own holder's reads, so it needs no signature; it lives in the browser, so any instance honours it.
 */
export function registerReadRouting(app: App): void {
  if (!app.reads.hasReplica) return;
  app.addHook('onSend', async (req, reply, payload) => {
    if (!WRITES.has(req.method) || reply.statusCode >= 400) return payload;
    const lsn = await app.reads.primaryLsn();
    if (lsn) {
      reply.setCookie(SEEN_COOKIE, lsn, {
        path: '/api',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.secureCookies,
        maxAge: SEEN_MAX_AGE_S,
      });
    }
    return payload;
  });
}

/** The database a dashboard, report or export of this request reads from (the replica when it may). */
export function readerFor(app: App, req: FastifyRequest): Promise<Kysely<DB>> {
  return app.reads.reader(req.cookies[SEEN_COOKIE]);
}
