import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/platform/db/database';

export const TEST_TMP = resolve(import.meta.dirname, '../../../.test-tmp');
// Parallel runs on one server (several engineers, one machine) each set their own template name.
export const PG_TEMPLATE_DB = process.env.KC_TEST_PG_TEMPLATE ?? 'kc_test_template';

/** Which back end this test run uses: the Vitest project sets KC_TEST_DB. */
export const testDbKind = (): 'pglite' | 'postgres' => (process.env.KC_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/** A connection URL for another database on the test PostgreSQL server. */
export function pgUrlFor(database: string): string {
  const url = new URL(process.env.KC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function pgAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrlFor('postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its connections are gone. A closed pool's backends can still be exiting; a forced
 * drop at that moment kills them and their clients raise an unhandled 'terminating connection' error, so wait
 * for them (up to ~5 s) and only then force.
 */
export async function dropTestDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await pgAdmin(`drop database if exists ${name}`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '55006') throw e; // 55006: still being accessed by other users
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await pgAdmin(`drop database if exists ${name} with (force)`);
}

/** A new, empty PostgreSQL database on the test server: its URL and how to drop it. */
export async function createEmptyPgDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await pgAdmin(`create database ${name}`);
  return { url: pgUrlFor(name), drop: () => dropTestDatabase(name) };
}

/** An empty, unmigrated database of this run's kind (upgrade tests); close() also drops a PostgreSQL one. */
export async function openEmptyDatabase(prefix: string): Promise<Database> {
  if (testDbKind() !== 'postgres') return openDatabase({ dataDir: 'memory://' });
  const { url, drop } = await createEmptyPgDatabase(prefix);
  const database = await openDatabase({ url });
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}

/**
 * A fresh, migrated, demo-seeded database for one test file: PGlite loaded from the template dump,
 * or a PostgreSQL database copied from the template database.
 */
export async function openTestDatabase(): Promise<Database & { url: string | null }> {
  if (testDbKind() === 'postgres') {
    const name = `kc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await pgAdmin(`create database ${name} template ${PG_TEMPLATE_DB}`);
    const url = pgUrlFor(name);
    const database = await openDatabase({ url });
    return {
      ...database,
      url,
      async close() {
        await database.close();
        await dropTestDatabase(name);
      },
    };
  }
  const blob = new Blob([new Uint8Array(await readFile(inject('pgliteTemplate')))]);
  return { ...(await openDatabase({ dataDir: 'memory://', loadDataDir: blob })), url: null };
}

/**
 * The same database through a pool of its own, as a second app instance would reach it: a new pool on PostgreSQL;
 * on PGlite, which is one session in one process, the database itself (close() then does nothing).
 */
export async function secondInstanceDb(database: { db: Database['db']; url: string | null }): Promise<Database> {
  if (!database.url) {
    return {
      db: database.db,
      kind: 'pglite',
      poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
      close: async () => undefined,
    };
  }
  return openDatabase({ url: database.url });
}
