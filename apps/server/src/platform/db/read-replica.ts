import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * Where heavy reads go: the dashboards' tables, report generation and exports read from a PostgreSQL streaming
 * replica when one is configured (DATABASE_READ_URL), so they do not compete with writes on the primary; everything
 * else, and every read that must see a given write, stays on the primary.
 */
export interface ReadRouter {
  readonly hasReplica: boolean;
  /**
   * The database to read from: the replica when it has replayed at least `seenLsn` (a write the reader must see)
   * and is no further behind than allowed, else the primary.
   */
  reader(seenLsn?: string | null): Promise<Kysely<DB>>;
  /** The primary's current WAL position, for a reader to ask for later (null without a replica: nothing to wait for). */
  primaryLsn(): Promise<string | null>;
}

/** Without a replica every read is on the primary. */
export function primaryOnly(primary: Kysely<DB>): ReadRouter {
  return { hasReplica: false, reader: async () => primary, primaryLsn: async () => null };
}

/** A WAL position as PostgreSQL writes it (`16/B374D848`). */
export const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

/** A WAL position as a number, for comparing two. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

interface ReplicaState {
  /** What the replica has replayed; null when it is unreachable or not a standby. */
  replayed: bigint | null;
  /** Whether its data is recent enough for anyone's reads. */
  fresh: boolean;
  at: number;
}

export interface ReplicaOptions {
  /** How far behind the primary (by the time of the last replayed transaction) reads may be; 30 s by default. */
  maxLagMs?: number;
  /** How long one look at the replica's position is reused; 250 ms by default. */
  checkEveryMs?: number;
  onProblem?: (message: string) => void;
}

/**
 * Reads from the replica while it keeps up. The replica is fresh when it has replayed all it has received (a quiet
 * primary sends nothing, so an old last-transaction time means nothing then), or when its last replayed transaction
 * is at most `maxLagMs` old; an unreachable replica, or one that is not in recovery, sends every read to the primary.
 */
export function replicaRouter(primary: Kysely<DB>, replica: Kysely<DB>, options: ReplicaOptions = {}): ReadRouter {
  const maxLagMs = options.maxLagMs ?? 30_000;
  const checkEveryMs = options.checkEveryMs ?? 250;
  let state: ReplicaState | null = null;
  let looking: Promise<ReplicaState> | null = null;

  const look = async (): Promise<ReplicaState> => {
    try {
      const { rows } = await sql<{
        standby: boolean;
        replayed: string | null;
        caught_up: boolean | null;
        lag_ms: number | null;
      }>`
        select pg_is_in_recovery() as standby,
               pg_last_wal_replay_lsn()::text as replayed,
               pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() as caught_up,
               (extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000)::float8 as lag_ms`.execute(replica);
      const r = rows[0];
      const usable = r.standby && r.replayed !== null;
      return {
        replayed: usable ? lsnValue(r.replayed!) : null,
        fresh: usable && (r.caught_up === true || (r.lag_ms !== null && r.lag_ms <= maxLagMs)),
        at: Date.now(),
      };
    } catch (e) {
      options.onProblem?.(`只读副本不可用，读取改走主库：${(e as Error).message}`);
      return { replayed: null, fresh: false, at: Date.now() };
    }
  };
  const current = async (): Promise<ReplicaState> => {
    if (state && Date.now() - state.at < checkEveryMs) return state;
    looking ??= look().finally(() => (looking = null));
    return (state = await looking);
  };

  return {
    hasReplica: true,
    async reader(seenLsn) {
      const s = await current();
      if (!s.fresh || s.replayed === null) return primary;
      if (seenLsn && LSN.test(seenLsn) && s.replayed < lsnValue(seenLsn)) return primary;
      return replica;
    },
    async primaryLsn() {
      const { rows } = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary);
      return rows[0].lsn;
    },
  };
}
