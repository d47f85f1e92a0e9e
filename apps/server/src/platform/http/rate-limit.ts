import rateLimit from '@fastify/rate-limit';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import type { FastifyRequest } from 'fastify';
import type { App } from './types';

type StoreAnswer = { current: number; ttl: number };
type StoreCallback = (err: Error | null, res?: StoreAnswer) => void;

/**
 * Counts one hit of `key` in its fixed window of `windowMs`, in one upsert, so parallel requests on any number of
 * instances count exactly: a window that has run out starts over at 1.
 */
export async function countHit(db: Kysely<DB>, key: string, windowMs: number): Promise<StoreAnswer> {
  const seconds = windowMs / 1000;
  const { rows } = await sql<{ hits: number; left_ms: number }>`
    insert into rate_limit_hit as r (key, window_start, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      hits = case when r.window_start <= now() - make_interval(secs => ${seconds}) then 1 else r.hits + 1 end,
      window_start = case when r.window_start <= now() - make_interval(secs => ${seconds}) then now() else r.window_start end
    returning hits, (extract(epoch from (window_start + make_interval(secs => ${seconds}) - now())) * 1000)::float8 as left_ms`.execute(
    db,
  );
  return { current: rows[0].hits, ttl: Math.max(0, Math.round(rows[0].left_ms)) };
}

/** The hits of `key` in its current window, without counting one. */
export async function readHits(db: Kysely<DB>, key: string, windowMs: number): Promise<StoreAnswer> {
  const seconds = windowMs / 1000;
  const { rows } = await sql<{ hits: number; left_ms: number }>`
    select hits, (extract(epoch from (window_start + make_interval(secs => ${seconds}) - now())) * 1000)::float8 as left_ms
    from rate_limit_hit where key = ${key} and window_start > now() - make_interval(secs => ${seconds})`.execute(db);
  return rows[0] ? { current: rows[0].hits, ttl: Math.max(0, Math.round(rows[0].left_ms)) } : { current: 0, ttl: 0 };
}

/** Forgets the hits of `key` (a good sign-in, an unlock). */
export async function clearHits(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_hit').where('key', '=', key).execute();
}

/** @fastify/rate-limit's store interface over the `rate_limit_hit` table, so every instance shares the counts. */
function databaseStore(db: Kysely<DB>) {
  return class DatabaseRateLimitStore {
    incr(key: string, cb: StoreCallback, timeWindow: number): void {
      countHit(db, key, timeWindow).then((r) => cb(null, r), cb);
    }
    read(key: string, cb: StoreCallback, timeWindow: number): void {
      readHits(db, key, timeWindow).then((r) => cb(null, r), cb);
    }
    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore();
    }
  };
}

/**
 * Registers the rate-limit plugin with the database store, applied to no route by default: the routes that need
 * it (sign-in, password change) make a limiter with `app.createRateLimit` and count what they decide to count.
 */
export async function registerRateLimit(app: App, db: Kysely<DB>): Promise<void> {
  await app.register(rateLimit, { global: false, store: databaseStore(db) });
}

/** A limiter of failures: `check` refuses (429) once `max` failures fell in the window; `count` adds one. */
export interface FailureLimiter {
  check(req: FastifyRequest): Promise<void>;
  count(req: FastifyRequest): Promise<void>;
}

/**
 * Counts failures (wrong passwords), not requests, so an office behind one address whose staff sign in correctly is
 * never held up, while guessing from it is: the plugin's limiter over the database store, read before the attempt
 * and incremented after a failure.
 */
export function failureLimiter(
  app: App,
  opts: {
    /** What is limited, in the refusal: '登录', '修改密码'. */
    what: string;
    key: (req: FastifyRequest) => string;
    max: () => Promise<number>;
    windowMs: () => Promise<number>;
  },
): FailureLimiter {
  const limiter = app.createRateLimit({
    keyGenerator: opts.key,
    max: () => opts.max(),
    timeWindow: () => opts.windowMs(),
  });
  return {
    async check(req) {
      const status = await limiter(req, { increment: false });
      if (!status.isAllowed && status.remaining === 0) {
        const minutes = Math.max(1, Math.ceil(status.ttl / 60_000));
        throw new AppError('RATE_LIMITED', `${opts.what}失败次数过多，请 ${minutes} 分钟后再试`);
      }
    },
    async count(req) {
      await limiter(req);
    },
  };
}
