import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { DB } from '../db/schema';

/** The in-process caches other instances must hear about. */
export type CacheKind = 'session' | 'permissions' | 'params';

const CHANNEL = 'kc_cache';
const KINDS: readonly CacheKind[] = ['session', 'permissions', 'params'];
const droppers = new Map<CacheKind, (key: string) => void>();
let listeners = 0;

/** How this process drops its entries of a cache; each cache module registers itself when loaded. */
export function onCacheInvalidated(kind: CacheKind, drop: (key: string) => void): void {
  droppers.set(kind, drop);
}

function dropAll(): void {
  for (const drop of droppers.values()) drop('*');
}

/**
 * Tells every instance listening on the database to drop `kind:key` (`*`: all of it). Sent through `db`, so from a
 * transaction it is delivered when that commits, and never if it rolls back. Sent only while this process listens
 * (PostgreSQL): a PGlite database has no other instance. A failed send outside a transaction is not the change's
 * failure (it has committed): the other instances' short cache lifetime (5 s) is then the fallback.
 */
export async function announceInvalidation(db: Kysely<DB>, kind: CacheKind, key = '*'): Promise<void> {
  if (listeners === 0) return;
  try {
    await sql`select pg_notify(${CHANNEL}, ${`${kind}:${key}`})`.execute(db);
  } catch (e) {
    if (db.isTransaction) throw e;
  }
}

/** Acts on one notification's payload, `<kind>:<key>`; anything else is ignored. */
export function applyInvalidation(payload: string | undefined): boolean {
  const at = payload?.indexOf(':') ?? -1;
  if (!payload || at < 0) return false;
  const kind = payload.slice(0, at) as CacheKind;
  if (!KINDS.includes(kind)) return false;
  droppers.get(kind)?.(payload.slice(at + 1));
  return true;
}

export interface CacheListener {
  close(): Promise<void>;
}

/**
 * LISTENs on a connection of its own (a pooled one would lose the LISTEN) and drops what other instances announce.
 * When the connection breaks, notifications may have been missed: it drops every cache and connects again.
 */
export async function listenForInvalidations(
  url: string,
  opts: { retryMs?: number; onError?: (e: unknown) => void } = {},
): Promise<CacheListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === CHANNEL) applyInvalidation(n.payload);
    });
    c.on('error', (e) => {
      opts.onError?.(e);
      lost(c);
    });
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
    } catch (e) {
      await c.end().catch(() => undefined);
      throw e;
    }
    if (closed) await c.end();
    else client = c;
  };
  const schedule = () => {
    if (closed) return;
    retry = setTimeout(() => {
      connect().catch((e: unknown) => {
        opts.onError?.(e);
        schedule();
      });
    }, opts.retryMs ?? 1_000);
    retry.unref();
  };
  const lost = (broken: pg.Client) => {
    if (closed || client !== broken) return;
    client = null;
    dropAll();
    broken.end().catch(() => undefined);
    schedule();
  };
  await connect();
  listeners++;
  return {
    async close() {
      if (closed) return;
      closed = true;
      listeners--;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
