import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { preparingPool } from './prepared-statements';
import type { DB } from './schema';

// Keep DATE columns as 'YYYY-MM-DD' strings and int8 counts as numbers on both back ends.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Connections of the pool now, for the metrics (PGlite: its one session). */
  poolStats(): { total: number; idle: number; waiting: number };
  /** Dumps the embedded data directory (tests build a migrated template once and load it per file). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

/**
 * PGlite keeps PostgreSQL's shared buffers inside this process's memory, and the stock 128 MB was
 * most of a county deployment's RSS while the same pages sit in the OS file cache anyway; a smaller
 * pool keeps the process under its memory budget (bench/FINDINGS.md F7). KC_PGLITE_SHARED_BUFFERS
 * overrides it, in PostgreSQL's units.
 */
export function pgliteStartParams(defaults: readonly string[], env = process.env): string[] {
  const sharedBuffers = env.KC_PGLITE_SHARED_BUFFERS ?? '32MB';
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers)) {
    throw new Error(`KC_PGLITE_SHARED_BUFFERS 的值“${sharedBuffers}”无效：应写成数字加单位 kB、MB 或 GB，例如 32MB`);
  }
  // Start parameters, not `postgresqlconf`: that option replaces the data directory's whole
  // postgresql.conf (time zone, locale) instead of adding a line to it.
  return [...defaults, '-c', `shared_buffers=${sharedBuffers}`];
}

/**
 * Opens the database: a real PostgreSQL when `url` is given, otherwise PGlite in `dataDir`
 * (or in memory for 'memory://'). Both go through node-postgres so queries and types match.
 */
export async function openDatabase(opts: {
  url?: string | null;
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: Number(process.env.KC_DB_POOL ?? 10) });
    // A server restart or failover drops connections: the pool discards an idle one, and a query on a checked-out one
    // fails with the error (the next opens a new connection). Both also emit 'error' events, which without a
    // listener end the process: seen when a replica stopped while a client had just been taken from the pool.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    return { db, kind: 'postgres', poolStats, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dataDir = opts.dataDir ?? 'memory://';
  let lock: DataDirLock | null = null;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir); // before PGlite touches the directory: a second process must not open it
  }
  let pglite: InstanceType<typeof PGlite>;
  try {
    pglite = await PGlite.create(dataDir, {
      startParams: pgliteStartParams(PGlite.defaultStartParams),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
  // PGlite is a single session: one pooled client serialises every query and transaction.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: pool.idleCount, waiting: pool.waitingCount }),
    dump: async () => (await pglite.dumpDataDir('gzip')) as Blob,
    async close() {
      await db.destroy();
      await pglite.close(); // db.destroy() alone leaves PGlite open and the process hanging
      lock?.release(); // only once PGlite has written everything out
    },
  };
}
